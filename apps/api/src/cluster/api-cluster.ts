import type { AppConfig } from '@pitlane/core';
import { serveClusterMetrics } from '@pitlane/observability';
import cluster, { type Worker } from 'node:cluster';
import type { Logger } from 'pino';
import { shareRateLimitsInCluster } from '../http/rate-limit/cluster-rate-limits';

/** How long the primary waits for a process to drain and exit before it kills it. */
const STOP_TIMEOUT_MS = 15_000;

/**
 * The primary of an API cluster (API_PROCESSES > 1): forks one process per slot, each running
 * main.ts as a complete API with its own pool, session cache and LISTEN connection, all
 * accepting on the one HTTP port (node:cluster hands out the connections, round robin). It
 * serves nothing itself but the cluster's summed /metrics (cluster-metrics.ts), and keeps the
 * rate-limit counters when there is no Redis (cluster-rate-limits.ts).
 *
 * A process that dies before it listens stops the cluster with that process's exit code (a
 * configuration refusal stays exit 78, and a replacement that cannot start never loops); one
 * that dies after serving is logged and replaced. On SIGTERM or SIGINT every process gets one
 * SIGTERM and drains; the primary exits once all have.
 */
export async function runApiCluster(config: AppConfig, logger: Logger): Promise<void> {
  const slots = config.http.processes;
  shareRateLimitsInCluster(config);
  const metrics = await serveClusterMetrics({ host: config.metrics.host, port: config.metrics.apiPort }, logger);
  const listening = new Set<Worker>();
  let stopping = false;
  let exitCode = 0;

  const stop = async (code: number): Promise<void> => {
    if (stopping) return;
    stopping = true;
    exitCode = code;
    logger.info({ processes: Object.keys(cluster.workers ?? {}).length }, 'api cluster stopping');
    const workers = Object.values(cluster.workers ?? {}).filter((worker): worker is Worker => worker !== undefined);
    await Promise.all(workers.map(stopWorker));
    await metrics.close();
    logger.info('api cluster stopped');
    logger.flush();
    process.exit(exitCode);
  };

  cluster.on('listening', (worker, address) => {
    if (listening.has(worker)) return;
    listening.add(worker);
    logger.info({ worker: worker.id, workerPid: worker.process.pid }, 'api process listening');
    if (listening.size === slots && !stopping) {
      logger.info(
        { url: `http://${address.address ?? config.http.host}:${address.port}`, processes: slots },
        'api listening',
      );
    }
  });
  cluster.on('exit', (worker, code, signal) => {
    const served = listening.delete(worker);
    if (stopping) return;
    const exit = { worker: worker.id, workerPid: worker.process.pid, code, signal };
    if (!served) {
      logger.fatal(exit, 'an api process failed to start; stopping the cluster');
      void stop(code || 1);
      return;
    }
    logger.error(exit, 'an api process exited; starting another');
    cluster.fork();
  });
  process.on('SIGTERM', () => void stop(0));
  process.on('SIGINT', () => void stop(0));

  logger.info({ processes: slots }, 'api cluster starting');
  for (let slot = 0; slot < slots; slot++) cluster.fork();
}

function stopWorker(worker: Worker): Promise<void> {
  return new Promise((resolve) => {
    if (worker.isDead()) return resolve();
    const timer = setTimeout(() => worker.process.kill('SIGKILL'), STOP_TIMEOUT_MS);
    worker.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    worker.process.kill('SIGTERM');
  });
}
