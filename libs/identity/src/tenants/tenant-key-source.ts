import { Injectable } from '@nestjs/common';
import { TenantContext, TenantDatabase } from '@pitlane/core';
import { WrappedDataKey, WrappedKeySource } from '@pitlane/crypto';
import { WorkshopRepository } from './workshop.repository';

/**
 * Reads a workshop's wrapped data key from its own row, inside its own tenant context: a key is
 * only ever handed out to work running for that workshop, whatever the connection's RLS does.
 */
@Injectable()
export class TenantKeySource implements WrappedKeySource {
  constructor(
    private readonly db: TenantDatabase,
    private readonly tenantContext: TenantContext,
    private readonly workshops: WorkshopRepository,
  ) {}

  wrappedDataKey(tenantId: string): Promise<WrappedDataKey> {
    if (tenantId !== this.tenantContext.requireTenantId("a workshop's data key")) {
      throw new Error("A workshop's data key was asked for from another workshop's context");
    }
    return this.db.transaction(async () => {
      const tenant = await this.workshops.findKey();
      if (!tenant) throw new Error(`Workshop ${tenantId} has no data key row`);
      return { wrapped: tenant.wrappedDataKey, wrappedBy: tenant.dataKeyWrappedBy };
    });
  }
}
