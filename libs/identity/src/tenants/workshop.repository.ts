import { Injectable } from '@nestjs/common';
import { TenantRepository } from '@pitlane/core';
import { Tenant, WorkshopStatus } from './tenant.entity';

/** The workshop's public contact: empty until the owner fills in the profile. */
export type WorkshopContactColumn = 'street' | 'postalCode' | 'city' | 'phone' | 'publicEmail';

/** The columns of the workshop profile: what staff edit on it, and what other contexts read. */
export type WorkshopProfileRow = Pick<
  Tenant,
  'id' | 'name' | 'slug' | 'country' | 'timeZone' | 'locale' | 'currency' | WorkshopContactColumn
>;

/** What the owner may change of the profile (never the slug, the currency or the status). */
export type WorkshopProfileChanges = Partial<
  Pick<Tenant, 'name' | 'country' | 'timeZone' | 'locale' | WorkshopContactColumn>
>;

const PROFILE_COLUMNS = {
  id: true,
  name: true,
  slug: true,
  country: true,
  timeZone: true,
  locale: true,
  currency: true,
  street: true,
  postalCode: true,
  city: true,
  phone: true,
  publicEmail: true,
} as const;

/**
 * The current workshop's own row in `tenants`. Every statement names the workshop of the open
 * tenant transaction (`id = this.tenantId`): a role that bypasses row-level security must still
 * read only this workshop, never "the first row it sees".
 */
@Injectable()
export class WorkshopRepository extends TenantRepository {
  /** The profile, locked for the rest of the transaction when `lock`. */
  async profile(lock = false): Promise<WorkshopProfileRow | null> {
    return this.repository(Tenant).findOne({
      where: { id: this.tenantId },
      select: PROFILE_COLUMNS,
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  async updateProfile(changes: WorkshopProfileChanges): Promise<void> {
    await this.repository(Tenant).update({ id: this.tenantId }, changes);
  }

  /** Whether the workshop takes requests (active) or is suspended; null if its row is gone. */
  async status(): Promise<WorkshopStatus | null> {
    const tenant = await this.repository(Tenant).findOne({ where: { id: this.tenantId }, select: { status: true } });
    return tenant?.status ?? null;
  }

  /** The whole row, optionally locked for the rest of the transaction. */
  async find(lock = false): Promise<Tenant | null> {
    return this.repository(Tenant).findOne({
      where: { id: this.tenantId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  async setRequireMfa(requireMfa: boolean): Promise<void> {
    await this.repository(Tenant).update({ id: this.tenantId }, { requireMfa });
  }

  /** A new workshop: its id is the tenant the signup transaction was opened for. */
  async insert(
    tenant: Omit<Tenant, 'id' | 'requireMfa' | WorkshopContactColumn | 'createdAt' | 'updatedAt'>,
  ): Promise<void> {
    await this.repository(Tenant).insert({ ...tenant, id: this.tenantId });
  }

  /** The workshop's wrapped data key. */
  findKey(): Promise<Pick<Tenant, 'id' | 'wrappedDataKey' | 'dataKeyWrappedBy'> | null> {
    return this.repository(Tenant).findOne({
      where: { id: this.tenantId },
      select: { id: true, wrappedDataKey: true, dataKeyWrappedBy: true },
    });
  }

  /** The workshop's wrapped data key, locked for a re-wrap. */
  findKeyLocked(): Promise<Pick<Tenant, 'id' | 'wrappedDataKey' | 'dataKeyWrappedBy'> | null> {
    return this.repository(Tenant).findOne({
      where: { id: this.tenantId },
      lock: { mode: 'pessimistic_write' },
      select: { id: true, wrappedDataKey: true, dataKeyWrappedBy: true },
    });
  }

  async replaceWrappedKey(wrappedDataKey: Buffer, dataKeyWrappedBy: string): Promise<void> {
    await this.repository(Tenant).update({ id: this.tenantId }, { wrappedDataKey, dataKeyWrappedBy });
  }
}
