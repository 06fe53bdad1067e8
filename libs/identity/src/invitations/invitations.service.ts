import { Injectable } from '@nestjs/common';
import { AuditTrail, offsetOf, Page, PageQuery, pageOf, TenantDatabase } from '@pitlane/core';
import { hashToken } from '@pitlane/crypto';
import { randomUUID } from 'node:crypto';
import { Principal } from '../auth/principal';
import { IdentityError, IdentityErrorCode } from '../errors/identity.error';
import { Role } from '../memberships/role';
import { mintTenantScopedToken } from '../tokens/tenant-scoped-token';
import { UserRepository } from '../users/user.repository';
import { CreateInvitationDto } from './dto/create-invitation.dto';
import { Invitation, InvitationStatus, statusOf } from './invitation.entity';
import { INVITATION_VALID_DAYS, InvitationMailer } from './invitation-mailer';
import { InvitationRepository } from './invitation.repository';
import { MembershipRepository } from '../memberships/membership.repository';

export interface InvitationView {
  readonly id: string;
  readonly email: string;
  readonly name: string | null;
  readonly role: Role;
  readonly status: InvitationStatus;
  readonly expiresAt: string;
  readonly createdAt: string;
}

const DAY_MS = 86_400_000;

/**
 * Inviting people into the caller's workshop by e-mail. Owners invite anyone; managers invite
 * managers and mechanics, and manage only those invitations. Each invitation has one live link
 * at a time: resending mints a new token and the old link dies with its hash. Inviting an
 * address again replaces its open invitation.
 */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly invitations: InvitationRepository,
    private readonly memberships: MembershipRepository,
    private readonly users: UserRepository,
    private readonly audit: AuditTrail,
    private readonly mailer: InvitationMailer,
  ) {}

  async create(actor: Principal, input: CreateInvitationDto): Promise<InvitationView> {
    assertMayManage(actor, input.role);
    const email = input.email.toLowerCase();
    // Racing invitations to one address wait for each other; each later one replaces the one before.
    return this.db.transaction(async () => {
      await this.invitations.lockAddress(email);
      return this.createIn(actor, email, input);
    });
  }

  list(query: PageQuery): Promise<Page<InvitationView>> {
    return this.db.transaction(async () => {
      const rows = await this.invitations.page(query.limit, offsetOf(query));
      const total = await this.invitations.count();
      const now = new Date();
      return pageOf(
        rows.map((row) => toView(row, now)),
        total,
        query,
      );
    });
  }

  resend(actor: Principal, invitationId: string): Promise<InvitationView> {
    return this.db.transaction(async () => {
      const invitation = await this.findLocked(invitationId);
      assertMayManage(actor, invitation.role);
      if (invitation.acceptedAt || invitation.revokedAt) throw closed();
      const token = mintTenantScopedToken(actor.tenantId);
      invitation.tokenHash = hashToken(token);
      invitation.expiresAt = new Date(Date.now() + INVITATION_VALID_DAYS * DAY_MS);
      await this.invitations.replaceToken(invitation.id, invitation.tokenHash, invitation.expiresAt);
      await this.audit.record({
        action: 'invitation.resent',
        entityType: 'invitation',
        entityId: invitation.id,
        changedFields: ['tokenHash', 'expiresAt'],
      });
      await this.mailer.send(invitation, token, (await this.users.get(actor.userId)).name);
      return toView(invitation);
    });
  }

  revoke(actor: Principal, invitationId: string): Promise<void> {
    return this.db.transaction(async () => {
      const invitation = await this.findLocked(invitationId);
      assertMayManage(actor, invitation.role);
      if (invitation.acceptedAt) throw closed();
      if (invitation.revokedAt) return;
      await this.revokeIn(invitation);
    });
  }

  private async createIn(actor: Principal, email: string, input: CreateInvitationDto): Promise<InvitationView> {
    if (await this.memberships.existsWithEmail(email)) {
      throw new IdentityError(IdentityErrorCode.AlreadyMember, 'This address already belongs to a staff member.', [
        { field: 'email', message: 'is already a member of this workshop' },
      ]);
    }
    const open = await this.invitations.findOpenLocked(email);
    if (open) {
      assertMayManage(actor, open.role);
      await this.revokeIn(open);
    }
    const token = mintTenantScopedToken(actor.tenantId);
    const invitation: Invitation = {
      tenantId: actor.tenantId,
      id: randomUUID(),
      email,
      name: input.name ?? null,
      role: input.role,
      tokenHash: hashToken(token),
      invitedBy: actor.userId,
      expiresAt: new Date(Date.now() + INVITATION_VALID_DAYS * DAY_MS),
      acceptedAt: null,
      acceptedUserId: null,
      revokedAt: null,
      createdAt: new Date(),
      updatedAt: new Date(),
    };
    await this.invitations.insert(invitation);
    await this.audit.record({
      action: 'invitation.created',
      entityType: 'invitation',
      entityId: invitation.id,
      changedFields: ['email', 'role', 'expiresAt', ...(input.name ? ['name'] : [])],
    });
    await this.mailer.send(invitation, token, (await this.users.get(actor.userId)).name);
    return toView(invitation);
  }

  private async revokeIn(invitation: Invitation): Promise<void> {
    await this.invitations.revoke(invitation.id);
    await this.audit.record({
      action: 'invitation.revoked',
      entityType: 'invitation',
      entityId: invitation.id,
      changedFields: ['revokedAt'],
    });
  }

  private async findLocked(invitationId: string): Promise<Invitation> {
    const invitation = await this.invitations.findLocked(invitationId);
    if (!invitation) {
      throw new IdentityError(IdentityErrorCode.InvitationNotFound, 'No such invitation in this workshop.');
    }
    return invitation;
  }
}

/** Owners manage every invitation; managers only those for managers and mechanics. */
function assertMayManage(actor: Principal, role: Role): void {
  if (actor.role === 'owner' || (actor.role === 'manager' && role !== 'owner')) return;
  throw new IdentityError(
    IdentityErrorCode.RoleForbidden,
    'Your role in this workshop does not allow this invitation.',
  );
}

function closed(): IdentityError {
  return new IdentityError(IdentityErrorCode.InvitationClosed, 'This invitation was already accepted or revoked.');
}

function toView(invitation: Invitation, now = new Date()): InvitationView {
  return {
    id: invitation.id,
    email: invitation.email,
    name: invitation.name,
    role: invitation.role,
    status: statusOf(invitation, now),
    expiresAt: invitation.expiresAt.toISOString(),
    createdAt: invitation.createdAt.toISOString(),
  };
}
