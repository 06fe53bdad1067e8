#!/usr/bin/env node
'use strict';
// The garage benchmark's "no RLS" API: apps/api/dist/main.js exactly, but told not to run the
// boot guard's role check, so it can connect through a BYPASSRLS role and price row-level
// security. A benchmark harness, like the test harness's bypass run: the product's entry points
// pass no such option and refuse that role (docs/tenancy.md, "Boot guard").
require('reflect-metadata');
const { bootProcess } = require('@pitlane/core');
const { createApi } = require('../../../apps/api/dist/create-api');

bootProcess('api', async (config, logger) => {
  const app = await createApi(config, logger, { databaseRoleCheck: false });
  await app.listen({ host: config.http.host, port: config.http.port });
  logger.info({ url: await app.getUrl() }, 'api listening (benchmark: role check skipped, RLS bypassed)');
});
