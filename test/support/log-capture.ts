import { Writable } from 'node:stream';

/** Where a booted process's logger writes, keeping each JSON line for assertions about what is (not) logged. */
export interface LogCapture {
  readonly sink: Writable;
  readonly lines: readonly string[];
}

export function captureLogLines(): LogCapture {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  return { sink, lines };
}
