import { Global, Module } from '@nestjs/common';
import { DataKeys, TenantKeyring } from '@pitlane/crypto';
import { TenantKeySource } from './tenant-key-source';
import { WorkshopRepository } from './workshop.repository';

/**
 * Each workshop's keyring (field encryption, blind indexes), for every context that seals data:
 * garage identifiers, mail secrets. Global, because the wrapped keys live on the workshop's row
 * (identity) while the contexts using them must not depend on identity's other services.
 */
@Global()
@Module({
  providers: [
    WorkshopRepository,
    TenantKeySource,
    {
      provide: TenantKeyring,
      inject: [DataKeys, TenantKeySource],
      useFactory: (dataKeys: DataKeys, source: TenantKeySource) => new TenantKeyring(dataKeys, source),
    },
  ],
  exports: [TenantKeyring],
})
export class TenantKeysModule {}
