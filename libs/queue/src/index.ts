export * from './job-catalog';
export * from './job-handler.decorator';
export * from './job-queue';
export * from './job-worker-host';
export * from './queue-backend';
export * from './queue-metrics';
export * from './queue.module';
