export * from './keys/data-keys';
export * from './keys/environment-key-provider';
export * from './keys/key-provider';
export * from './tokens/opaque-token';
export * from './crypto.module';
export * from './keys/key-provider.token';
