import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '@pitlane/core';
import { Principal } from '../auth/principal';
import { Role } from '../memberships/role';
import { UserMfaRepository } from '../mfa/user-mfa.repository';
import { IdentitySystemRepository } from '../system/identity-system.repository';
import { Tenant } from '../tenants/tenant.entity';
import { WorkshopRepository } from '../tenants/workshop.repository';
import { UserRepository } from '../users/user.repository';

export interface MeView {
  readonly user: { id: string; email: string; name: string; emailVerified: boolean; mfaEnabled: boolean };
  readonly workshop: {
    id: string;
    name: string;
    slug: string;
    timeZone: string;
    country: string;
    locale: string;
    currency: string;
    status: string;
    requireMfa: boolean;
  };
  readonly role: Role;
  readonly memberships: readonly { workshop: { id: string; name: string; slug: string }; role: Role }[];
}

/** What the signed-in person sees of themselves: who they are, where, and where else. */
@Injectable()
export class AccountService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly users: UserRepository,
    private readonly workshops: WorkshopRepository,
    private readonly mfaRows: UserMfaRepository,
    private readonly system: IdentitySystemRepository,
  ) {}

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
