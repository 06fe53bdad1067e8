import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { JobQueue } from './job-queue';
import { JobWorkerHost } from './job-worker-host';
import { QueueBackend } from './queue-backend';
import { JobMetrics, QueueDepthMetrics } from './queue-metrics';

/** Producing jobs: every process that enqueues. Needs the core Config and Logger modules. */
@Global()
@Module({ providers: [QueueBackend, JobQueue], exports: [QueueBackend, JobQueue] })
export class QueueModule {}

/** Consuming jobs: the worker process only (with its job and queue-depth metrics; needs ObservabilityModule). */
@Module({ imports: [DiscoveryModule], providers: [JobWorkerHost, JobMetrics, QueueDepthMetrics] })
export class JobWorkerModule {}
