import type { Type } from '@nestjs/common';
import { TenantContext, TenantDatabase } from '@pitlane/core';
import { DataKeys } from '@pitlane/crypto';
import type { Principal } from '@pitlane/identity';
import { ClsService } from 'nestjs-cls';
import { randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';

export type StaffRole = 'owner' | 'manager' | 'mechanic';

/** Who acts inside `MediumContext.as`: a workshop and, optionally, a staff member of it. */
export interface Actor {
  readonly tenantId: string;
  readonly userId?: string;
  readonly role?: StaffRole;
}

/** A seeded workshop: its id, country and one staff member per role, as `Principal`s. */
export interface MediumTenant {
  readonly tenantId: string;
  readonly slug: string;
  readonly country: string;
  readonly owner: Principal;
  readonly manager: Principal;
  readonly mechanic: Principal;
}

export interface TenantOptions {
  /** ISO country: decides phone and national-id rules. Default 'PL'. */
  readonly country?: string;
  readonly name?: string;
  readonly timeZone?: string;
  readonly currency?: string;
  readonly locale?: 'en' | 'pl' | 'da';
}

/** What the factory needs of the booted module (MediumContext). */
interface Booted {
  get<T>(token: Type<T>): T;
}

/**
 * Small factories for workshops and their staff, written the way signup writes them (through
 * the application role, inside the new workshop's own tenant transaction, with a wrapped data
 * key from the module's `DataKeys`) so `TenantKeyring` opens their keys. No HTTP, no passwords
 * worth hashing, no sessions.
 */
export class TenantFactory {
  constructor(private readonly booted: Booted) {}

  async create(options: TenantOptions = {}): Promise<MediumTenant> {
    const tenantId = randomUUID();
    const slug = `medium-${randomBytes(5).toString('hex')}`;
    const country = options.country ?? 'PL';
    const key = this.booted.get(DataKeys).generate(tenantId);
    key.plaintext.fill(0);
    await this.inTenant(tenantId, async (manager) => {
      await manager.query(
        `insert into tenants (id, name, slug, time_zone, country, locale, currency, status, wrapped_data_key, data_key_wrapped_by)
         values ($1, $2, $3, $4, $5, $6, $7, 'active', $8, $9)`,
        [
          tenantId,
          options.name ?? `Medium Garage ${slug}`,
          slug,
          options.timeZone ?? 'Europe/Warsaw',
          country,
          options.locale ?? 'pl',
          options.currency ?? 'PLN',
          key.wrapped,
          key.wrappedBy,
        ],
      );
    });
    return {
      tenantId,
      slug,
      country,
      owner: await this.staff(tenantId, 'owner'),
      manager: await this.staff(tenantId, 'manager'),
      mechanic: await this.staff(tenantId, 'mechanic'),
    };
  }

  /** A person with a membership of `role` in the workshop, as the `Principal` a request would carry. */
  async staff(tenantId: string, role: StaffRole): Promise<Principal> {
    const userId = randomUUID();
    await this.inTenant(tenantId, async (manager) => {
      await manager.query(`insert into users (id, email, name, password_hash) values ($1, $2, $3, 'not-a-hash')`, [
        userId,
        `${role}-${userId}@medium.test`,
        `Medium ${role}`,
      ]);
      await manager.query(`insert into memberships (tenant_id, id, user_id, role) values ($1, $2, $3, $4)`, [
        tenantId,
        randomUUID(),
        userId,
        role,
      ]);
    });
    return { tenantId, userId, role, sessionId: randomUUID() };
  }

  private inTenant(tenantId: string, work: (manager: EntityManager) => Promise<void>): Promise<void> {
    return this.booted
      .get(ClsService)
      .run({ ifNested: 'override' }, () =>
        this.booted.get(TenantContext).run(tenantId, () => this.booted.get(TenantDatabase).transaction(work)),
      );
  }
}
