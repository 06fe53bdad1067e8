import { Inject, Injectable } from '@nestjs/common';
import { SystemDatabase, TenantContext, TenantDatabase } from '@pitlane/core';
import { DataKeys, KEY_PROVIDER, KeyProvider, TenantKeyring } from '@pitlane/crypto';
import { WorkshopRepository } from './workshop.repository';

export interface RotationReport {
  readonly activeKeyId: string;
  readonly rewrapped: number;
}

/**
 * Re-wraps every workshop's data key under the active master key. Rows encrypted with the data
 * keys are untouched. Each workshop is its own transaction, so the run can stop at any point
 * and simply be started again: it picks up the workshops still wrapped by an older key. When it
 * reports nothing left, the old master key can be removed from the configuration.
 */
@Injectable()
export class MasterKeyRotation {
  constructor(
    private readonly system: SystemDatabase,
    private readonly tenantContext: TenantContext,
    private readonly db: TenantDatabase,
    private readonly workshops: WorkshopRepository,
    private readonly dataKeys: DataKeys,
    private readonly keyring: TenantKeyring,
    @Inject(KEY_PROVIDER) private readonly keys: KeyProvider,
  ) {}

  async run(batchSize = 100, onBatch: (done: number) => void = () => undefined): Promise<RotationReport> {
    const activeKeyId = this.keys.activeKeyId;
    let rewrapped = 0;
    for (;;) {
      const batch = await this.system.transaction((manager) =>
        manager.query<{ id: string }[]>('select app_tenants_to_rewrap($1, $2) as id', [activeKeyId, batchSize]),
      );
      if (batch.length === 0) return { activeKeyId, rewrapped };
      for (const { id } of batch) {
        await this.tenantContext.run(id, () => this.rewrap(id));
        rewrapped++;
      }
      onBatch(rewrapped);
    }
  }

  private rewrap(tenantId: string): Promise<void> {
    return this.db.transaction(async () => {
      const tenant = await this.workshops.findKeyLocked();
      if (!tenant || tenant.dataKeyWrappedBy === this.keys.activeKeyId) return;
      const plaintext = this.dataKeys.unwrap(tenantId, {
        wrapped: tenant.wrappedDataKey,
        wrappedBy: tenant.dataKeyWrappedBy,
      });
      const rewrapped = this.dataKeys.wrap(tenantId, plaintext);
      plaintext.fill(0);
      await this.workshops.replaceWrappedKey(rewrapped.wrapped, rewrapped.wrappedBy);
      this.keyring.forget(tenantId);
    });
  }
}
