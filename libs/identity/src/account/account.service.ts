import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '@pitlane/core';
import { Principal } from '../auth/principal';
import { Role } from '../memberships/role';
import { UserMfa } from '../mfa/user-mfa.entity';
import { IdentitySystemRepository } from '../system/identity-system.repository';
import { Tenant } from '../tenants/tenant.entity';
import { User } from '../users/user.entity';

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
    private readonly system: IdentitySystemRepository,
  ) {}

  async me(principal: Principal): Promise<MeView> {
    const { user, workshop, mfa } = await this.db.transaction(async (manager) => ({
      user: await manager.getRepository(User).findOneByOrFail({ id: principal.userId }),
      workshop: await manager.getRepository(Tenant).findOneByOrFail({ id: principal.tenantId }),
      mfa: await manager.getRepository(UserMfa).findOneBy({ userId: principal.userId }),
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
}
