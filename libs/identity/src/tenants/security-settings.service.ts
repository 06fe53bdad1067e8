import { Injectable } from '@nestjs/common';
import { AuditTrail, TenantContext, TenantDatabase } from '@pitlane/core';
import { IsNull, Not } from 'typeorm';
import { Principal } from '../auth/principal';
import { IdentityError, IdentityErrorCode } from '../errors/identity.error';
import { UserMfa } from '../mfa/user-mfa.entity';
import { Tenant } from './tenant.entity';

export interface SecuritySettings {
  readonly requireMfa: boolean;
}

/**
 * The workshop's security policy. With `requireMfa` on, staff without two-step verification can
 * only see who they are, enrol, or log out (AuthGuard) until they turn it on. An owner must have
 * it on themselves before requiring it, or the switch would lock them out of the switch.
 */
@Injectable()
export class SecuritySettingsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly tenantContext: TenantContext,
    private readonly audit: AuditTrail,
  ) {}

  get(): Promise<SecuritySettings> {
    return this.db.transaction(async (manager) => {
      const tenant = await manager.getRepository(Tenant).findOneOrFail({
        where: { id: this.tenantContext.requireTenantId() },
        select: { id: true, requireMfa: true },
      });
      return { requireMfa: tenant.requireMfa };
    });
  }

  update(actor: Principal, settings: SecuritySettings): Promise<SecuritySettings> {
    return this.db.transaction(async (manager) => {
      const tenantId = this.tenantContext.requireTenantId();
      if (
        settings.requireMfa &&
        !(await manager.getRepository(UserMfa).existsBy({ userId: actor.userId, enabledAt: Not(IsNull()) }))
      ) {
        throw new IdentityError(
          IdentityErrorCode.MfaRequired,
          'Turn on two-step verification for your own account before requiring it of everyone.',
        );
      }
      const tenant = await manager.getRepository(Tenant).findOneOrFail({
        where: { id: tenantId },
        select: { id: true, requireMfa: true },
        lock: { mode: 'pessimistic_write' },
      });
      if (tenant.requireMfa !== settings.requireMfa) {
        await manager.getRepository(Tenant).update({ id: tenantId }, { requireMfa: settings.requireMfa });
        await this.audit.record(manager, {
          action: 'workshop.security_updated',
          entityType: 'workshop',
          entityId: tenantId,
          changedFields: ['requireMfa'],
        });
      }
      return { requireMfa: settings.requireMfa };
    });
  }
}
