import { Injectable } from '@nestjs/common';
import { isUuid } from '@pitlane/core';
import { OperatorDatabase } from './operator-database';
import { PlatformError, PlatformErrorCode } from './platform.error';

export type WorkshopStatus = 'active' | 'suspended';

export interface StatusChange {
  readonly operatorId: string;
  readonly reason: string;
  readonly clientIp?: string;
}

/**
 * Suspends and reactivates workshops through `platform_set_tenant_status` (migration
 * 1795434000000), the one function the operator role may execute: the status and its audit entry
 * are written by the database in one statement, and no other write to a workshop is possible over
 * this pool.
 */
@Injectable()
export class TenantStatusChanges {
  constructor(private readonly database: OperatorDatabase) {}

  suspend(tenantId: string, change: StatusChange): Promise<void> {
    return this.set(tenantId, 'suspended', change);
  }

  reactivate(tenantId: string, change: StatusChange): Promise<void> {
    return this.set(tenantId, 'active', change);
  }

  private async set(tenantId: string, wanted: WorkshopStatus, change: StatusChange): Promise<void> {
    if (!isUuid(tenantId)) throw notFound();
    const [row] = await this.database.query<{ previous: WorkshopStatus | null }>(
      'select platform_set_tenant_status($1, $2, $3, $4, $5) as previous',
      [tenantId, wanted, change.operatorId, change.reason, change.clientIp?.slice(0, 64) ?? null],
    );
    if (!row?.previous) throw notFound();
    if (row.previous === wanted) {
      throw new PlatformError(
        PlatformErrorCode.StatusUnchanged,
        wanted === 'suspended' ? 'The workshop is already suspended.' : 'The workshop is not suspended.',
      );
    }
  }
}

function notFound(): PlatformError {
  return new PlatformError(PlatformErrorCode.WorkshopNotFound, 'There is no such workshop.');
}
