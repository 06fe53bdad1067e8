import 'reflect-metadata';
import { bootProcess } from '@pitlane/core';
import cluster from 'node:cluster';
import { runApiCluster } from './cluster/api-cluster';
import { closeOnPrimarySignal } from './cluster/cluster-process';
import { createApi } from './create-api';

bootProcess('api', async (config, logger) => {
  if (cluster.isPrimary && config.http.processes > 1) {
    await runApiCluster(config, logger);
    return;
  }
  const clusterWorker = cluster.isWorker;
  const app = await createApi(config, logger, { clusterWorker });
  if (clusterWorker) closeOnPrimarySignal(app, logger);
  await app.listen({ host: config.http.host, port: config.http.port });
  logger.info({ url: await app.getUrl() }, 'api listening');
});
