import type { FullConfig } from '@playwright/test';
import { requiredEnv, STACK_ENV } from './stack/paths';
import { RunningStack, startStack } from './stack/stack';

declare global {
  var pitlaneE2eStack: RunningStack | undefined;
}

/**
 * Starts the real stack once per run (see stack.ts); global-teardown.ts stops it. The port was
 * chosen by playwright.config.ts (it is in `use.baseURL`); the mail folder and the CLI's
 * environment reach the workers through the environment they inherit.
 */
export default async function globalSetup(_config: FullConfig): Promise<void> {
  const stack = await startStack(Number(requiredEnv(STACK_ENV.port)));
  globalThis.pitlaneE2eStack = stack;
  process.env[STACK_ENV.mailDir] = stack.mailDir;
  process.env[STACK_ENV.cliEnv] = JSON.stringify(stack.cliEnv);
  process.stdout.write(`[e2e] stack at ${stack.baseUrl}: ${stack.summary}\n`);
}
