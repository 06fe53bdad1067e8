import { Injectable } from '@nestjs/common';
import { isUuid, TenantContext, TenantDatabase } from '@pitlane/core';
import { EmailVerificationService } from '../email-verification/email-verification.service';
import { IdentityError, IdentityErrorCode } from '../errors/identity.error';
import { WorkshopProfileService } from '../tenants/workshop-profile.service';
import { UserRepository } from '../users/user.repository';
import { OperatorAudit } from './operator-audit';

/**
 * An operator mails a workshop's first owner a new verification link. The work runs in that
 * workshop's own transaction (row-level security holds it to the workshop, as the owner's own
 * "send again" does), and the audit entry commits with the link and its mail or not at all.
 */
@Injectable()
export class OwnerVerificationResend {
  constructor(
    private readonly tenantContext: TenantContext,
    private readonly db: TenantDatabase,
    private readonly users: UserRepository,
    private readonly verification: EmailVerificationService,
    private readonly workshops: WorkshopProfileService,
    private readonly audit: OperatorAudit,
  ) {}

  async resend(tenantId: string, operator: { readonly operatorId: string; readonly clientIp?: string }): Promise<void> {
    if (!isUuid(tenantId)) throw workshopNotFound();
    await this.tenantContext.run(tenantId, () =>
      this.db.transaction(async (manager) => {
        const [owner] = await manager.query<{ user_id: string }[]>(
          `select user_id from memberships where tenant_id = $1 and role = 'owner' order by created_at, user_id limit 1`,
          [tenantId],
        );
        if (!owner) throw workshopNotFound();
        const user = await this.users.get(owner.user_id);
        if (user.emailVerifiedAt) {
          throw new IdentityError(
            IdentityErrorCode.EmailAlreadyVerified,
            "The owner's e-mail address is already verified.",
          );
        }
        await this.verification.issue(user, await this.workshops.current());
        await this.audit.record({
          operatorId: operator.operatorId,
          action: 'tenant.verification_resent',
          targetTenantId: tenantId,
          clientIp: operator.clientIp?.slice(0, 64) ?? null,
        });
      }),
    );
  }
}

function workshopNotFound(): IdentityError {
  return new IdentityError(IdentityErrorCode.WorkshopNotFound, 'There is no such workshop.');
}
