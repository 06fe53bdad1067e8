export * from './operator-database';
export * from './platform-usage';
export * from './platform.error';
export * from './platform.module';
export * from './tenant-directory';
export * from './tenant-status-changes';
export * from './usage-days';
export * from './usage-rollup';
