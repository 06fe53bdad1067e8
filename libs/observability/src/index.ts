export * from './business-metrics';
export * from './metrics-registry';
export * from './observability.module';
