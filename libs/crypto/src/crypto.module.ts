import { Global, Module } from '@nestjs/common';
import { AppConfig } from '@pitlane/core';
import { DataKeys } from './keys/data-keys';
import { EnvironmentKeyProvider } from './keys/environment-key-provider';
import { KEY_PROVIDER } from './keys/key-provider.token';

/** The master keys (active and, during a rotation, previous) and the data-key envelope. */
@Global()
@Module({
  providers: [
    {
      provide: KEY_PROVIDER,
      inject: [AppConfig],
      useFactory: (config: AppConfig) =>
        new EnvironmentKeyProvider(
          config.crypto.masterKeyId,
          config.crypto.masterKey,
          EnvironmentKeyProvider.parsePreviousKeys(config.crypto.previousMasterKeys),
        ),
    },
    { provide: DataKeys, inject: [KEY_PROVIDER], useFactory: (keys: EnvironmentKeyProvider) => new DataKeys(keys) },
  ],
  exports: [KEY_PROVIDER, DataKeys],
})
export class CryptoModule {}
