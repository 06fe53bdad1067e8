import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from './paths';

/** A platform operator of the run, as `scripts/operator create` printed it. */
export interface StackOperator {
  readonly email: string;
  readonly password: string;
  /** The `otpauth://totp/...` URI an authenticator app would scan; support/totp.ts makes codes from it. */
  readonly otpauthUri: string;
}

/**
 * Makes the run's operator the way people do (`scripts/operator create`, the only way operators
 * are made), against the stack's database and with its master key, so the sealed TOTP secret is
 * one the API can open.
 */
export async function createStackOperator(env: NodeJS.ProcessEnv): Promise<StackOperator> {
  const suffix = randomBytes(4).toString('hex');
  const email = `ops-${suffix}@platform.test`;
  const password = `operator-lantern-${suffix}-quarry`;
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [path.join(REPO_ROOT, 'scripts/operator'), 'create', '--email', email, '--name', 'E2E Operator'],
    { cwd: REPO_ROOT, env: { ...env, OPERATOR_PASSWORD: password, LOG_LEVEL: 'warn' } },
  );
  const otpauthUri = /otpauth URI: (\S+)/.exec(stdout)?.[1];
  if (!otpauthUri) throw new Error(`scripts/operator create printed no otpauth URI:\n${stdout}`);
  return { email, password, otpauthUri };
}
