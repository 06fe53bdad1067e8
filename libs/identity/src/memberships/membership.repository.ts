import { Injectable } from '@nestjs/common';
import { TenantRepository } from '@pitlane/core';
import { randomUUID } from 'node:crypto';
import { Membership } from './membership.entity';
import { Role } from './role';

/** A staff member as the staff pages show them: the person (global) and their place here. */
export interface StaffRow {
  id: string;
  name: string;
  email: string;
  role: Role;
  joined_at: Date;
}

/** A column the staff list may be sorted by, already checked against an allow-list. */
export interface StaffOrder {
  readonly column: string;
  readonly direction: 'ASC' | 'DESC';
}

/**
 * `memberships` of the open tenant transaction's workshop, joined to the global `users` for
 * names and addresses. Every statement is bound to `this.tenantId`, tenant first, so the
 * `(tenant_id, ...)` indexes serve it and a bypassed policy still shows only this workshop.
 */
@Injectable()
export class MembershipRepository extends TenantRepository {
  page(order: StaffOrder, limit: number, offset: number): Promise<StaffRow[]> {
    return this.manager.query(
      `select u.id, u.name, u.email, m.role, m.created_at as joined_at
         from memberships m join users u on u.id = m.user_id
        where m.tenant_id = $1
        order by ${order.column} ${order.direction}, u.id
        limit $2 offset $3`,
      [this.tenantId, limit, offset],
    );
  }

  count(): Promise<number> {
    return this.repository(Membership).countBy({ tenantId: this.tenantId });
  }

  async find(userId: string, lock = false): Promise<StaffRow | undefined> {
    const rows: StaffRow[] = await this.manager.query(
      `select u.id, u.name, u.email, m.role, m.created_at as joined_at
         from memberships m join users u on u.id = m.user_id
        where m.tenant_id = $1 and m.user_id = $2 ${lock ? 'for update of m' : ''}`,
      [this.tenantId, userId],
    );
    return rows[0];
  }

  /** The owners' user ids, their rows locked so two demotions cannot both pass. */
  async lockOwners(): Promise<string[]> {
    const rows: { user_id: string }[] = await this.manager.query(
      `select user_id from memberships where tenant_id = $1 and role = 'owner' for update`,
      [this.tenantId],
    );
    return rows.map((row) => row.user_id);
  }

  async roleOf(userId: string): Promise<Role | undefined> {
    const membership = await this.repository(Membership).findOneBy({ tenantId: this.tenantId, userId });
    return membership?.role;
  }

  /** Whether someone here uses `email` (any account holding it). */
  async existsWithEmail(email: string): Promise<boolean> {
    const rows: unknown[] = await this.manager.query(
      `select 1 from memberships m join users u on u.id = m.user_id
        where m.tenant_id = $1 and u.email = $2 limit 1`,
      [this.tenantId, email],
    );
    return rows.length > 0;
  }

  async insert(userId: string, role: Role): Promise<void> {
    await this.repository(Membership).insert({ tenantId: this.tenantId, id: randomUUID(), userId, role });
  }

  async changeRole(userId: string, role: Role): Promise<void> {
    await this.repository(Membership).update({ tenantId: this.tenantId, userId }, { role });
  }

  async delete(userId: string): Promise<void> {
    await this.repository(Membership).delete({ tenantId: this.tenantId, userId });
  }
}
