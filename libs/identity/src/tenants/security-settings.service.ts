import { Injectable } from '@nestjs/common';
import { AuditTrail, TenantContext, TenantDatabase } from '@pitlane/core';
import { Principal } from '../auth/principal';
import { IdentityError, IdentityErrorCode } from '../errors/identity.error';
import { UserMfaRepository } from '../mfa/user-mfa.repository';
import { WorkshopRepository } from './workshop.repository';

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
    private readonly workshops: WorkshopRepository,
    private readonly mfa: UserMfaRepository,
    private readonly tenantContext: TenantContext,
    private readonly audit: AuditTrail,
  ) {}

  get(): Promise<SecuritySettings> {
    return this.db.transaction(async () => {
      const tenant = await this.workshops.find();
      if (!tenant) throw new Error('The current workshop is not visible in its own context');
      return { requireMfa: tenant.requireMfa };
    });
  }

  update(actor: Principal, settings: SecuritySettings): Promise<SecuritySettings> {
    return this.db.transaction(async () => {
      const tenantId = this.tenantContext.requireTenantId();
      if (settings.requireMfa && !(await this.mfa.isEnabled(actor.userId))) {
        throw new IdentityError(
          IdentityErrorCode.MfaRequired,
          'Turn on two-step verification for your own account before requiring it of everyone.',
        );
      }
      const tenant = await this.workshops.find(true);
      if (!tenant) throw new Error('The current workshop is not visible in its own context');
      if (tenant.requireMfa !== settings.requireMfa) {
        await this.workshops.setRequireMfa(settings.requireMfa);
        await this.audit.record({
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
