import { Injectable } from '@nestjs/common';
import { AuditTrail, offsetOf, Page, PageQuery, pageOf, resolveSort, TenantDatabase } from '@pitlane/core';
import { Principal } from '../auth/principal';
import { IdentityError, IdentityErrorCode } from '../errors/identity.error';
import { MembershipRepository, StaffRow } from '../memberships/membership.repository';
import { Role } from '../memberships/role';
import { SessionsService } from '../sessions/sessions.service';

export interface StaffMember {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly role: Role;
  readonly joinedAt: string;
}

/** `?sort=` fields (API name -> column), for `resolveSort` and the OpenAPI document. */
export const STAFF_SORTS = { name: 'u.name', email: 'u.email', role: 'm.role', joinedAt: 'm.created_at' } as const;

/**
 * The people of the caller's workshop. Owners manage everyone; managers manage managers and
 * mechanics but never owners; mechanics only look. A workshop always keeps one owner. Role
 * changes and removals are in the workshop's audit trail (who did it, to whom, never more).
 */
@Injectable()
export class StaffService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly memberships: MembershipRepository,
    private readonly sessions: SessionsService,
    private readonly audit: AuditTrail,
  ) {}

  list(query: PageQuery): Promise<Page<StaffMember>> {
    const order = resolveSort(query.sort, STAFF_SORTS, { column: 'u.name', direction: 'ASC' });
    return this.db.transaction(async () => {
      const rows = await this.memberships.page(order, query.limit, offsetOf(query));
      const total = await this.memberships.count();
      return pageOf(rows.map(toStaffMember), total, query);
    });
  }

  get(userId: string): Promise<StaffMember> {
    return this.db.transaction(async () => toStaffMember(await this.findRow(userId)));
  }

  changeRole(actor: Principal, userId: string, role: Role): Promise<StaffMember> {
    return this.db.transaction(async () => {
      const target = await this.findRow(userId, true);
      assertMayManage(actor, target.role, role);
      if (target.role === 'owner' && role !== 'owner') await this.assertAnotherOwner(userId);
      if (target.role !== role) {
        await this.memberships.changeRole(userId, role);
        await this.sessions.forgetMember(userId);
        await this.audit.record({
          action: 'staff.role_changed',
          entityType: 'staff',
          entityId: userId,
          changedFields: ['role'],
        });
      }
      return toStaffMember({ ...target, role });
    });
  }

  remove(actor: Principal, userId: string): Promise<void> {
    return this.db.transaction(async () => {
      const target = await this.findRow(userId, true);
      assertMayManage(actor, target.role);
      if (target.role === 'owner') await this.assertAnotherOwner(userId);
      await this.sessions.revokeAllOf(userId, 'member_removed');
      // Sessions go with the membership (foreign key, on delete cascade).
      await this.memberships.delete(userId);
      await this.audit.record({ action: 'staff.removed', entityType: 'staff', entityId: userId });
    });
  }

  private async findRow(userId: string, lock = false): Promise<StaffRow> {
    const row = await this.memberships.find(userId, lock);
    if (!row) throw new IdentityError(IdentityErrorCode.StaffNotFound, 'No such staff member in this workshop.');
    return row;
  }

  /** Locks the owners' rows so two concurrent demotions cannot leave the workshop ownerless. */
  private async assertAnotherOwner(exceptUserId: string): Promise<void> {
    const owners = await this.memberships.lockOwners();
    if (!owners.some((owner) => owner !== exceptUserId)) {
      throw new IdentityError(IdentityErrorCode.LastOwner, 'A workshop must keep at least one owner.');
    }
  }
}

function assertMayManage(actor: Principal, targetRole: Role, newRole?: Role): void {
  const allowed = actor.role === 'owner' || (actor.role === 'manager' && targetRole !== 'owner' && newRole !== 'owner');
  if (!allowed) {
    throw new IdentityError(IdentityErrorCode.RoleForbidden, 'Your role in this workshop does not allow this change.');
  }
}

function toStaffMember(row: StaffRow): StaffMember {
  return { id: row.id, name: row.name, email: row.email, role: row.role, joinedAt: row.joined_at.toISOString() };
}
