// The "no RLS" API of scenario rls-price: apps/api/dist/main.js's one-process path exactly, but
// told not to run the boot guard's role check, so it can connect through a BYPASSRLS role and
// price row-level security. A benchmark entry, like the test harness's bypass run: the product's
// entry points pass no such option and refuse that role (docs/tenancy.md, "Boot guard").
import 'reflect-metadata';
import { type AppConfig, bootProcess } from '@pitlane/core';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Logger } from 'pino';
import { ROOT } from '../paths';

interface BuiltApi {
  readonly createApi: (
    config: AppConfig,
    logger: Logger,
    options: { databaseRoleCheck: boolean },
  ) => Promise<{ listen(options: { host: string; port: number }): Promise<unknown>; getUrl(): Promise<string> }>;
}

// The built API, as main.js runs it; not imported, so the harness compiles without the app's sources.
const { createApi } = createRequire(__filename)(path.join(ROOT, 'apps', 'api', 'dist', 'create-api.js')) as BuiltApi;

bootProcess('api', async (config, logger) => {
  const app = await createApi(config, logger, { databaseRoleCheck: false });
  await app.listen({ host: config.http.host, port: config.http.port });
  logger.info({ url: await app.getUrl() }, 'api listening (benchmark: role check skipped, RLS bypassed)');
});
