export * from './business-metrics';
export * from './database-pool-metrics';
export * from './metrics-endpoint';
export * from './metrics-endpoint.module';
export * from './metrics-registry';
export * from './metrics-server';
export * from './cluster-metrics';
export * from './observability.module';
