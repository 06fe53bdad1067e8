import { Writable } from 'node:stream';
import { createLogger } from './logger';

function capture(): { lines: Record<string, unknown>[]; destination: Writable } {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean))
        lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { lines, destination };
}

describe('the JSON logger', () => {
  it('writes one JSON object per line with service, level and message', () => {
    const { lines, destination } = capture();
    createLogger({ service: 'api', level: 'info', destination }).info({ requestId: 'r-1' }, 'hello');
    expect(lines[0]).toMatchObject({ service: 'api', level: 'info', message: 'hello', requestId: 'r-1' });
  });

  it('says which process wrote the line, for APIs running several (API_PROCESSES)', () => {
    const { lines, destination } = capture();
    createLogger({ service: 'api', level: 'info', destination }).info('hello');
    expect(lines[0]).toMatchObject({ pid: process.pid });
    // Not a cluster worker here; a worker's lines also carry its number (api-cluster.spec.ts).
    expect(lines[0]).not.toHaveProperty('worker');
  });

  it('redacts credentials, tokens and identifiers wherever they sit', () => {
    const { lines, destination } = capture();
    const logger = createLogger({ service: 'api', level: 'info', destination });
    logger.info(
      {
        password: 'hunter2-hunter2',
        req: { headers: { authorization: 'Bearer abc.def.ghi', cookie: 'sid=1' } },
        body: {
          newPassword: 'n3w-secret-pass',
          refreshToken: 'rt-123',
          vin: 'WVWZZZ1JZXW000001',
          nationalId: '44051401359',
        },
      },
      'request',
    );
    const text = JSON.stringify(lines[0]);
    for (const secret of [
      'hunter2',
      'abc.def.ghi',
      'sid=1',
      'n3w-secret',
      'rt-123',
      'WVWZZZ1JZXW000001',
      '44051401359',
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain('[redacted]');
  });

  it("keeps a failed query's SQL but not its bound values", () => {
    const { lines, destination } = capture();
    const error = Object.assign(new Error('duplicate key'), {
      query: 'insert into users (email) values ($1)',
      parameters: ['someone@example.test'],
      driverError: { detail: 'Key (email)=(someone@example.test) already exists.' },
    });
    createLogger({ service: 'api', level: 'info', destination }).error({ err: error }, 'unexpected error');
    const text = JSON.stringify(lines[0]);
    expect(text).toContain('insert into users');
    expect(text).not.toContain('someone@example.test');
  });
});
