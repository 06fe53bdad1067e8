import { UnsafeDatabaseRoleError } from '../database/database-role-check';
import { bootProcess } from './boot-process';

const ENV = {
  DATABASE_URL: 'postgres://pitlane_app:secret@127.0.0.1:5432/pitlane',
  JWT_SECRET: 'a-jwt-secret-that-is-long-enough-0123456789',
  MASTER_KEY: Buffer.alloc(32, 1).toString('base64'),
  LOG_LEVEL: 'silent',
};

/** Runs `bootProcess` with `start`, capturing the exit code and what it wrote to stderr. */
async function boot(start: () => Promise<void>): Promise<{ code: number | undefined; stderr: string }> {
  const saved = { ...process.env };
  Object.assign(process.env, ENV);
  let stderr = '';
  let exited!: (code: number | undefined) => void;
  const exit = new Promise<number | undefined>((resolve) => (exited = resolve));
  const exitSpy = jest.spyOn(process, 'exit').mockImplementation(((code?: number) => {
    exited(code);
    return undefined as never;
  }) as typeof process.exit);
  const writeSpy = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  try {
    bootProcess('api', start);
    const code = await exit;
    return { code, stderr };
  } finally {
    exitSpy.mockRestore();
    writeSpy.mockRestore();
    process.env = saved;
  }
}

describe('bootProcess', () => {
  it('exits 78 with the refusal message when the database role is not held by row-level security', async () => {
    const refusal = new UnsafeDatabaseRoleError('postgres', [{ role: 'postgres', problem: 'is a superuser' }]);
    const { code, stderr } = await boot(() => Promise.reject(refusal));
    expect(code).toBe(78);
    expect(stderr).toContain('Refusing to start: DATABASE_URL connects as role "postgres"');
    expect(stderr).toContain('  - "postgres" is a superuser');
  });

  it('exits 1 when anything else stops the start', async () => {
    const { code, stderr } = await boot(() => Promise.reject(new Error('port in use')));
    expect(code).toBe(1);
    expect(stderr).toContain('api failed to start');
  });
});
