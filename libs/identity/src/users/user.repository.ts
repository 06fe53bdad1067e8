import { Injectable } from '@nestjs/common';
import { AccountRepository } from '../system/account-repository';
import { User } from './user.entity';

/**
 * The global `users` table, one person at a time: every statement names the user's id (or, for
 * the ownership check, the address and the user it must not be). Cross-tenant reads by address
 * belong to IdentitySystemRepository.
 */
@Injectable()
export class UserRepository extends AccountRepository {
  find(userId: string): Promise<User | null> {
    return this.repository(User).findOneBy({ id: userId });
  }

  get(userId: string): Promise<User> {
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

  /** The person, locked for the rest of the transaction; null when there is none. */
  findLocked(userId: string): Promise<User | null> {
    return this.repository(User)
      .createQueryBuilder('user')
      .setLock('pessimistic_write')
      .where('user.id = :id', { id: userId })
      .getOne();
  }

  /** Whether someone other than `userId` has verified `email`. */
  async verifiedByOther(email: string, userId: string): Promise<boolean> {
    const rows: { taken: boolean }[] = await this.manager.query(
      `select exists (select 1 from users where email = $1 and email_verified_at is not null and id <> $2) as taken`,
      [email, userId],
    );
    return rows[0]?.taken === true;
  }

  async insert(user: Pick<User, 'id' | 'email' | 'name' | 'passwordHash' | 'emailVerifiedAt'>): Promise<void> {
    await this.repository(User).insert(user);
  }

  async markEmailVerified(userId: string): Promise<void> {
    await this.repository(User).update({ id: userId }, { emailVerifiedAt: new Date() });
  }

  /** The account moves to `email`, verified. */
  async moveTo(userId: string, email: string): Promise<void> {
    await this.repository(User).update({ id: userId }, { email, emailVerifiedAt: new Date() });
  }

  /** The person's own name and language, as they set them on their profile. */
  async updateProfile(userId: string, changes: Partial<Pick<User, 'name' | 'locale'>>): Promise<void> {
    await this.repository(User).update({ id: userId }, changes);
  }

  async setPasswordHash(userId: string, passwordHash: string): Promise<void> {
    await this.repository(User).update({ id: userId }, { passwordHash });
  }
}
