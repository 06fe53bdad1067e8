import { Injectable } from '@nestjs/common';
import { TenantRepository } from '@pitlane/core';
import { User } from './user.entity';

/**
 * The global `users` table as seen from inside a workshop's open tenant transaction: the person
 * acting there, by id. `users` has no tenant (a person may work for several workshops), so a
 * statement here is bound to one user id, never a scan. Cross-tenant reads by address belong to
 * IdentitySystemRepository.
 */
@Injectable()
export class UserRepository extends TenantRepository {
  find(userId: string): Promise<User | null> {
    return this.repository(User).findOneBy({ id: userId });
  }

  async get(userId: string): Promise<User> {
    return this.repository(User).findOneByOrFail({ id: userId });
  }

  /** With the password hash, which is otherwise never selected. */
  withPassword(userId: string): Promise<User> {
    return this.repository(User)
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .where('user.id = :id', { id: userId })
      .getOneOrFail();
  }

  /** Locks the person's row: account changes (tokens, codes, address) queue behind each other. */
  async lock(userId: string): Promise<void> {
    await this.manager.query('select 1 from users where id = $1 for update', [userId]);
  }

  async insert(user: Pick<User, 'id' | 'email' | 'name' | 'passwordHash' | 'emailVerifiedAt'>): Promise<void> {
    await this.repository(User).insert(user);
  }

  async markEmailVerified(userId: string): Promise<void> {
    await this.repository(User).update({ id: userId }, { emailVerifiedAt: new Date() });
  }
}
