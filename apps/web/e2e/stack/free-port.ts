import { execFileSync } from 'node:child_process';
import { createServer } from 'node:net';

const PROBE = `const s = require('node:net').createServer();
s.listen(0, '127.0.0.1', () => { process.stdout.write(String(s.address().port)); s.close(); });`;

/** A port nobody listens on right now, asked of the kernel (port 0), for a server started later. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/**
 * The same, synchronously, for playwright.config.ts: the config is evaluated before global setup
 * and must already know the base URL, so it asks a short-lived Node process.
 */
export function freePortSync(): number {
  return Number(execFileSync(process.execPath, ['-e', PROBE], { encoding: 'utf8' }));
}
