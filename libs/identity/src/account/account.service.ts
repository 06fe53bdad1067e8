import { Injectable } from '@nestjs/common';
import { AuditTrail, TenantDatabase } from '@pitlane/core';
import { Principal } from '../auth/principal';
import { Role } from '../memberships/role';
import { UserMfaRepository } from '../mfa/user-mfa.repository';
import { IdentitySystemRepository } from '../system/identity-system.repository';
import { Locale, Tenant } from '../tenants/tenant.entity';
import { WorkshopRepository } from '../tenants/workshop.repository';
import { UserRepository } from '../users/user.repository';
import { UpdateMeDto } from './dto/update-me.dto';

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
    private readonly workshops: WorkshopRepository,
    private readonly mfaRows: UserMfaRepository,
    private readonly system: IdentitySystemRepository,
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

  async me(principal: Principal): Promise<MeView> {
    const { user, workshop, mfa } = await this.db.transaction(async () => ({
      user: await this.users.get(principal.userId),
      workshop: await this.requireWorkshop(),
      mfa: await this.mfaRows.find(principal.userId),
    }));
    const memberships = await this.system.workshopsOf(principal.userId);
    return {
      user: {
        id: user.id,
        email: user.email,
        name: user.name,
        locale: user.locale,
        emailVerified: user.emailVerifiedAt !== null,
        mfaEnabled: Boolean(mfa?.enabledAt),
      },
      workshop: {
        id: workshop.id,
        name: workshop.name,
        slug: workshop.slug,
        timeZone: workshop.timeZone,
        country: workshop.country,
        locale: workshop.locale,
        currency: workshop.currency,
        status: workshop.status,
        requireMfa: workshop.requireMfa,
      },
      role: principal.role,
      memberships: memberships.map((m) => ({ workshop: { id: m.tenantId, name: m.name, slug: m.slug }, role: m.role })),
    };
  }

  private async requireWorkshop(): Promise<Tenant> {
    const workshop = await this.workshops.find();
    if (!workshop) throw new Error('The current workshop is not visible in its own context');
    return workshop;
  }
}
