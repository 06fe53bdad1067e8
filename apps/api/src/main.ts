import 'reflect-metadata';
import { bootProcess } from '@pitlane/core';
import { createApi } from './create-api';

bootProcess('api', async (config, logger) => {
  const app = await createApi(config, logger);
  await app.listen({ host: config.http.host, port: config.http.port });
  logger.info({ url: await app.getUrl() }, 'api listening');
});
