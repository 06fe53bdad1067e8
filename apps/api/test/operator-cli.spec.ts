import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { randomBytes } from 'node:crypto';
import { TestApi, withAdminClient } from '../../../test/support/test-api';
import { TEST_JWT_SECRET, TEST_MASTER_KEY, testDatabase } from '../../../test/support/test-config';
import { totpCode } from '../../../test/support/totp';

const SCRIPT = path.resolve(__dirname, '../../../scripts/operator');

/** scripts/operator against the test database, as an operator of the platform would run it. */
async function operatorCli(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await promisify(execFile)(SCRIPT, args, {
      env: {
        PATH: process.env.PATH ?? '',
        DATABASE_URL: testDatabase.appUrl(),
        JWT_SECRET: TEST_JWT_SECRET,
        MASTER_KEY: TEST_MASTER_KEY,
        LOG_LEVEL: 'info',
        ...env,
      },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

// Each run of the script boots a Nest application context of its own: seconds apiece on a busy machine.
const CLI_TEST_TIMEOUT_MS = 180_000;

describe('scripts/operator (built: npx tsc -b tsconfig.build.json)', () => {
  let api: TestApi;
  const email = `cli-${randomBytes(4).toString('hex')}@platform.test`;
  const password = `operator-cli-${randomBytes(4).toString('hex')}-lantern`;
  let uri = '';

  beforeAll(async () => {
    api = await TestApi.start();
  });

  afterAll(() => api.close());

  it(
    'creates an operator, prints the TOTP secret once, and never logs the password or secret',
    async () => {
      const created = await operatorCli(['create', '--email', email, '--name', 'Cli Operator'], {
        OPERATOR_PASSWORD: password,
      });
      expect(created.code).toBe(0);
      uri = /otpauth URI: (otpauth:\/\/\S+)/.exec(created.stdout)?.[1] ?? '';
      expect(uri).toMatch(/^otpauth:/);
      const secret = new URL(uri).searchParams.get('secret')!;
      // The JSON log goes to stdout too: neither the password nor the secret is in any log line.
      const logLines = created.stdout.split('\n').filter((line) => line.startsWith('{'));
      expect(logLines.join('\n')).not.toContain(password);
      expect(logLines.join('\n')).not.toContain(secret);
      expect(created.stderr).not.toContain(password);

      const login = await api.request('POST', '/api/v1/ops/auth/login', {
        body: { email, password, code: await totpCode(uri) },
      });
      expect(login.status).toBe(200);
    },
    CLI_TEST_TIMEOUT_MS,
  );

  it(
    'lists operators and disables one, which refuses their sign-in',
    async () => {
      const listed = await operatorCli(['list']);
      expect(listed.stdout).toMatch(new RegExp(`${email.replace('.', '\\.')}\\s+Cli Operator\\s+active`));
      expect((await operatorCli(['disable', '--email', email])).code).toBe(0);
      expect((await operatorCli(['list'])).stdout).toMatch(new RegExp(`${email.replace('.', '\\.')}.*disabled`));
      // The next code of the app, with the right password: refused, and the log says why.
      const login = await api.request('POST', '/api/v1/ops/auth/login', {
        body: { email, password, code: await totpCode(uri, 1) },
      });
      expect(login.status).toBe(401);
      const failure = await withAdminClient(async (client) => {
        const result = await client.query<{ failure: string }>(
          `select a.details ->> 'failure' as failure from operator_audit_log a join operators o on o.id = a.operator_id
          where o.email = $1 order by a.id desc limit 1`,
          [email],
        );
        return result.rows[0]?.failure;
      });
      expect(failure).toBe('disabled');
    },
    CLI_TEST_TIMEOUT_MS,
  );

  it(
    'refuses a taken address and a weak password with exit 1 and a plain reason',
    async () => {
      const taken = await operatorCli(['create', '--email', email], { OPERATOR_PASSWORD: password });
      expect([taken.code, taken.stderr]).toEqual([1, expect.stringContaining('already exists')]);
      const weak = await operatorCli(['create', '--email', `weak-${email}`], { OPERATOR_PASSWORD: 'password1234' });
      expect([weak.code, weak.stderr]).toEqual([1, expect.stringContaining('too common')]);
    },
    CLI_TEST_TIMEOUT_MS,
  );

  it(
    'answers a missing e-mail with usage (exit 64)',
    async () => {
      const missing = await operatorCli(['create']);
      expect([missing.code, missing.stderr]).toEqual([64, expect.stringContaining('usage: scripts/operator')]);
    },
    CLI_TEST_TIMEOUT_MS,
  );
});
