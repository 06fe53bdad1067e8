import { Injectable } from '@nestjs/common';
import { AuditTrail, TenantContext, TenantDatabase } from '@pitlane/core';
import { hashToken } from '@pitlane/crypto';
import { ClsService } from 'nestjs-cls';
import { LoginOutcome, LoginService } from '../auth/login.service';
import { IdentityError, IdentityErrorCode } from '../errors/identity.error';
import { MembershipRepository } from '../memberships/membership.repository';
import { WorkshopMembership } from '../system/identity-system.repository';
import { WorkshopRepository } from '../tenants/workshop.repository';
import { tenantOfTenantScopedToken } from '../tokens/tenant-scoped-token';
import { AcceptInvitationDto } from './dto/accept-invitation.dto';
import { Invitation, statusOf } from './invitation.entity';
import { InvitationRepository } from './invitation.repository';
import { InviteeAccounts } from './invitee-accounts';

/**
 * Accepting an invitation from its link: the token names the workshop, whose context the whole
 * acceptance runs in; the token's hash must be found there, pending. The person joins with the
 * invited role and is signed in as by a login (with a second-factor challenge if their account
 * has one). A link works once: expired, revoked, replaced or used, it is the same 400.
 */
@Injectable()
export class InvitationAcceptanceService {
  constructor(
    private readonly tenantContext: TenantContext,
    private readonly db: TenantDatabase,
    private readonly invitations: InvitationRepository,
    private readonly memberships: MembershipRepository,
    private readonly workshops: WorkshopRepository,
    private readonly invitees: InviteeAccounts,
    private readonly audit: AuditTrail,
    private readonly cls: ClsService,
    private readonly login: LoginService,
  ) {}

  async accept(input: AcceptInvitationDto, userAgent: string | undefined): Promise<LoginOutcome> {
    const tenantId = tenantOfTenantScopedToken(input.token);
    if (!tenantId) throw invalidInvitation();
    const tokenHash = hashToken(input.token);
    return this.tenantContext.run(tenantId, async () => {
      // Looked up before any password work, so a dead link costs nothing and reveals nothing.
      const pending = await this.db.transaction(() => this.findPending(tokenHash, false));
      const invitee = await this.invitees.resolve(pending.email, input.name, input.password);
      const workshop = await this.db.transaction(async (): Promise<WorkshopMembership> => {
        const invitation = await this.findPending(tokenHash, true);
        const tenant = await this.workshops.find();
        if (!tenant) throw invalidInvitation();
        if (tenant.status === 'suspended') {
          throw new IdentityError(IdentityErrorCode.WorkshopSuspended, 'This workshop is suspended.');
        }
        await this.invitees.persist(invitee);
        const userId = invitee.user.id;
        // Already a member (joined another way meanwhile): the role they have stays.
        const existingRole = await this.memberships.roleOf(userId);
        if (!existingRole) await this.memberships.insert(userId, invitation.role);
        await this.invitations.accept(invitation.id, userId);
        this.cls.set('userId', userId);
        await this.audit.record({
          action: 'invitation.accepted',
          entityType: 'invitation',
          entityId: invitation.id,
          changedFields: ['acceptedAt', 'acceptedUserId'],
        });
        return {
          tenantId,
          role: existingRole ?? invitation.role,
          name: tenant.name,
          slug: tenant.slug,
          status: tenant.status,
        };
      });
      return this.login.enter(invitee.user, workshop, userAgent);
    });
  }

  private async findPending(tokenHash: Buffer, lock: boolean): Promise<Invitation> {
    const invitation = await this.invitations.findByTokenHash(tokenHash, lock);
    if (!invitation || statusOf(invitation) !== 'pending') throw invalidInvitation();
    return invitation;
  }
}

function invalidInvitation(): IdentityError {
  return new IdentityError(
    IdentityErrorCode.InvalidInvitation,
    'This invitation link is not valid: it has expired, been replaced or revoked, or was already used.',
  );
}
