import { PASSWORD_CHECKS_PER_LOGIN } from '../auth/password-match';
import { Injectable } from '@nestjs/common';
import { SystemDatabase } from '@pitlane/core';
import { Role } from '../memberships/role';
import { Locale, WorkshopStatus } from '../tenants/tenant.entity';
import { User } from '../users/user.entity';

export interface UserWithPassword {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  /** The person's own language; null follows the workshop's. */
  readonly locale: Locale | null;
  readonly passwordHash: string;
  readonly emailVerifiedAt: Date | null;
}

export interface WorkshopMembership {
  readonly tenantId: string;
  readonly role: Role;
  readonly name: string;
  readonly slug: string;
  readonly status: WorkshopStatus;
}

/** How many same-address accounts a login tries (verified first, then newest): see password-match.ts. */
const MAX_LOGIN_CANDIDATES = PASSWORD_CHECKS_PER_LOGIN;

/**
 * The cross-tenant reads of the identity context, in one place: the global users table and the
 * SECURITY DEFINER functions. Everything else in Pitlane runs inside one tenant's context.
 */
@Injectable()
export class IdentitySystemRepository {
  constructor(private readonly db: SystemDatabase) {}

  findLoginCandidates(email: string): Promise<UserWithPassword[]> {
    return this.db.transaction((manager) =>
      manager
        .getRepository(User)
        .createQueryBuilder('user')
        .addSelect('user.passwordHash')
        .where('user.email = :email', { email })
        .orderBy('user.emailVerifiedAt', 'ASC', 'NULLS LAST')
        .addOrderBy('user.createdAt', 'DESC')
        .limit(MAX_LOGIN_CANDIDATES)
        .getMany(),
    );
  }

  async verifiedEmailExists(email: string): Promise<boolean> {
    return this.db.transaction((manager) =>
      manager
        .getRepository(User)
        .createQueryBuilder('user')
        .where('user.email = :email and user.emailVerifiedAt is not null', { email })
        .getExists(),
    );
  }

  async workshopsOf(userId: string): Promise<WorkshopMembership[]> {
    const rows: { tenant_id: string; role: Role; name: string; slug: string; status: WorkshopStatus }[] =
      await this.db.transaction((manager) => manager.query('select * from app_user_workshops($1)', [userId]));
    return rows.map((row) => ({
      tenantId: row.tenant_id,
      role: row.role,
      name: row.name,
      slug: row.slug,
      status: row.status,
    }));
  }

  async slugTaken(slug: string): Promise<boolean> {
    const [row] = await this.db.transaction((manager) =>
      manager.query<{ taken: boolean }[]>('select app_slug_taken($1) as taken', [slug]),
    );
    return row?.taken ?? true;
  }

  async updatePasswordHash(userId: string, passwordHash: string): Promise<void> {
    await this.db.transaction((manager) => manager.getRepository(User).update({ id: userId }, { passwordHash }));
  }
}
