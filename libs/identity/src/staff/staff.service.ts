import { Injectable } from '@nestjs/common';
import { offsetOf, Page, PageQuery, pageOf, resolveSort, TenantDatabase } from '@pitlane/core';
import { EntityManager } from 'typeorm';
import { Principal } from '../auth/principal';
import { IdentityError, IdentityErrorCode } from '../errors/identity.error';
import { Membership } from '../memberships/membership.entity';
import { Role } from '../memberships/role';
import { SessionsService } from '../sessions/sessions.service';

export interface StaffMember {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly role: Role;
  readonly joinedAt: string;
}

const SORTABLE = { name: 'u.name', email: 'u.email', role: 'm.role', joinedAt: 'm.created_at' } as const;

interface StaffRow {
  id: string;
  name: string;
  email: string;
  role: Role;
  joined_at: Date;
}

/**
 * The people of the caller's workshop. Owners manage everyone; managers manage managers and
 * mechanics but never owners; mechanics only look. A workshop always keeps one owner.
 */
@Injectable()
export class StaffService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly sessions: SessionsService,
  ) {}

  list(query: PageQuery): Promise<Page<StaffMember>> {
    const order = resolveSort(query.sort, SORTABLE, { column: 'u.name', direction: 'ASC' });
    return this.db.transaction(async (manager) => {
      const rows: StaffRow[] = await manager.query(
        `select u.id, u.name, u.email, m.role, m.created_at as joined_at
           from memberships m join users u on u.id = m.user_id
          order by ${order.column} ${order.direction}, u.id
          limit $1 offset $2`,
        [query.limit, offsetOf(query)],
      );
      const total = await manager.getRepository(Membership).count();
      return pageOf(rows.map(toStaffMember), total, query);
    });
  }

  get(userId: string): Promise<StaffMember> {
    return this.db.transaction(async (manager) => toStaffMember(await this.findRow(manager, userId)));
  }

  changeRole(actor: Principal, userId: string, role: Role): Promise<StaffMember> {
    return this.db.transaction(async (manager) => {
      const target = await this.findRow(manager, userId, true);
      assertMayManage(actor, target.role, role);
      if (target.role === 'owner' && role !== 'owner') await this.assertAnotherOwner(manager, userId);
      if (target.role !== role) {
        await manager.getRepository(Membership).update({ tenantId: actor.tenantId, userId }, { role });
      }
      return toStaffMember({ ...target, role });
    });
  }

  remove(actor: Principal, userId: string): Promise<void> {
    return this.db.transaction(async (manager) => {
      const target = await this.findRow(manager, userId, true);
      assertMayManage(actor, target.role);
      if (target.role === 'owner') await this.assertAnotherOwner(manager, userId);
      await this.sessions.revokeAllOf(userId, 'member_removed');
      // Sessions go with the membership (foreign key, on delete cascade).
      await manager.getRepository(Membership).delete({ tenantId: actor.tenantId, userId });
    });
  }

  private async findRow(manager: EntityManager, userId: string, lock = false): Promise<StaffRow> {
    const rows: StaffRow[] = await manager.query(
      `select u.id, u.name, u.email, m.role, m.created_at as joined_at
         from memberships m join users u on u.id = m.user_id
        where m.user_id = $1 ${lock ? 'for update of m' : ''}`,
      [userId],
    );
    const row = rows[0];
    if (!row) throw new IdentityError(IdentityErrorCode.StaffNotFound, 'No such staff member in this workshop.');
    return row;
  }

  /** Locks the owners' rows so two concurrent demotions cannot leave the workshop ownerless. */
  private async assertAnotherOwner(manager: EntityManager, exceptUserId: string): Promise<void> {
    const owners: { user_id: string }[] = await manager.query(
      `select user_id from memberships where role = 'owner' for update`,
    );
    if (!owners.some((owner) => owner.user_id !== exceptUserId)) {
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
