import { requiredEnv, STACK_ENV } from '../stack/paths';
import { createStackOperator, type StackOperator } from '../stack/operator';

/**
 * A new platform operator, made the only way operators are made (`scripts/operator create`,
 * stack/operator.ts) against the run's stack. One per test: a TOTP code is single-use per
 * 30-second step, so two tests (a desktop and a phone project) signing in as one operator at
 * once would have one of them refused.
 */
export function createOperator(): Promise<StackOperator> {
  return createStackOperator(JSON.parse(requiredEnv(STACK_ENV.cliEnv)) as NodeJS.ProcessEnv);
}
