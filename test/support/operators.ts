import { OperatorAccounts } from '@pitlane/identity';
import { randomBytes } from 'node:crypto';
import { TestApi } from './test-api';
import { totpCode } from './totp';

export interface TestOperator {
  readonly id: string;
  readonly email: string;
  readonly password: string;
  readonly otpauthUri: string;
}

export interface SignedInOperator extends TestOperator {
  readonly accessToken: string;
}

/** A new operator, made as the CLI makes one (OperatorAccounts.create), with fresh names. */
export async function createOperator(api: TestApi): Promise<TestOperator> {
  const suffix = randomBytes(4).toString('hex');
  const email = `ops-${suffix}@platform.test`;
  const password = `operator-lantern-${suffix}-quarry`;
  const enrolment = await api.app.get(OperatorAccounts).create({ email, name: `Operator ${suffix}`, password });
  return { id: enrolment.operator.id, email, password, otpauthUri: enrolment.otpauthUri };
}

/**
 * Signs `operator` in through the API with the authenticator's code `stepOffset` periods from
 * now. Each code works once: a second sign-in of the same operator within a period passes 1.
 */
export async function signInOperator(api: TestApi, operator?: TestOperator, stepOffset = 0): Promise<SignedInOperator> {
  const who = operator ?? (await createOperator(api));
  const response = await api.request<{ accessToken: string }>('POST', '/api/v1/ops/auth/login', {
    body: { email: who.email, password: who.password, code: await totpCode(who.otpauthUri, stepOffset) },
  });
  if (response.status !== 200) throw new Error(`operator login failed: ${response.status} ${response.text}`);
  return { ...who, accessToken: response.body.accessToken };
}
