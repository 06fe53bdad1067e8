import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '@pitlane/core';
import { WrappedDataKey, WrappedKeySource } from '@pitlane/crypto';
import { Tenant } from './tenant.entity';

/** Reads a workshop's wrapped data key from its own row, inside its own tenant context. */
@Injectable()
export class TenantKeySource implements WrappedKeySource {
  constructor(private readonly db: TenantDatabase) {}

  wrappedDataKey(tenantId: string): Promise<WrappedDataKey> {
    return this.db.transaction(async (manager) => {
      const tenant = await manager
        .getRepository(Tenant)
        .findOneOrFail({ where: { id: tenantId }, select: { id: true, wrappedDataKey: true, dataKeyWrappedBy: true } });
      return { wrapped: tenant.wrappedDataKey, wrappedBy: tenant.dataKeyWrappedBy };
    });
  }
}
