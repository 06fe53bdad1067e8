import { Injectable } from '@nestjs/common';
import { AuditTrail, TenantDatabase } from '@pitlane/core';
import { Principal } from '../auth/principal';
import { Role } from '../memberships/role';
import { Locale } from '../tenants/tenant.entity';
import { UserRepository } from '../users/user.repository';
import { UpdateMeDto } from './dto/update-me.dto';
import { MeViewRepository, MeViewRow } from './me-view.repository';

export interface MeView {
  readonly user: {
    id: string;
    email: string;
    name: string;
    /** The person's own language; null follows the workshop's. */
    locale: Locale | null;
    emailVerified: boolean;
    mfaEnabled: boolean;
  };
  readonly workshop: {
    id: string;
    name: string;
    slug: string;
    timeZone: string;
    country: string;
    locale: Locale;
    currency: string;
    status: string;
    requireMfa: boolean;
  };
  readonly role: Role;
  readonly memberships: readonly { workshop: { id: string; name: string; slug: string }; role: Role }[];
}

/**
 * What the signed-in person sees of themselves (who they are, where, and where else) and the
 * part they change themselves: their name and language. Their account is global, so a change
 * shows in every workshop they work for; the audit event goes to the one they made it in.
 */
@Injectable()
export class AccountService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly users: UserRepository,
    private readonly meViews: MeViewRepository,
    private readonly audit: AuditTrail,
  ) {}

  async update(principal: Principal, input: UpdateMeDto): Promise<MeView> {
    await this.db.transaction(async () => {
      const user = await this.users.get(principal.userId);
      const changes: { name?: string; locale?: Locale | null } = {};
      if (input.name !== undefined && input.name !== user.name) changes.name = input.name;
      if (input.locale !== undefined && input.locale !== user.locale) changes.locale = input.locale;
      const changed = Object.keys(changes);
      if (changed.length === 0) return;
      await this.users.updateProfile(user.id, changes);
      await this.audit.record({
        action: 'user.profile_updated',
        entityType: 'user',
        entityId: user.id,
        changedFields: changed,
      });
    });
    return this.me(principal);
  }

  /** One statement in one tenant transaction: `/me` is called on every screen load. */
  async me(principal: Principal): Promise<MeView> {
    const row = await this.db.transaction(() => this.meViews.find(principal.userId));
    if (!row) throw new Error('The signed-in person or their workshop is not visible in its own context');
    return toMeView(row, principal.role);
  }
}

function toMeView(row: MeViewRow, role: Role): MeView {
  return {
    user: {
      id: row.user_id,
      email: row.email,
      name: row.user_name,
      locale: row.user_locale,
      emailVerified: row.email_verified_at !== null,
      mfaEnabled: row.mfa_enabled_at !== null,
    },
    workshop: {
      id: row.tenant_id,
      name: row.tenant_name,
      slug: row.slug,
      timeZone: row.time_zone,
      country: row.country,
      locale: row.tenant_locale,
      currency: row.currency,
      status: row.status,
      requireMfa: row.require_mfa,
    },
    role,
    memberships: row.memberships.map((m) => ({
      workshop: { id: m.tenantId, name: m.name, slug: m.slug },
      role: m.role,
    })),
  };
}
