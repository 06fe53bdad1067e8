import { Injectable } from '@nestjs/common';
import { AccountRepository } from '../system/account-repository';
import { EmailVerificationToken } from './email-verification-token.entity';

/** Verification links (`email_verification_tokens`, global): by person, or by the link's hash. */
@Injectable()
export class EmailVerificationTokenRepository extends AccountRepository {
  /** The person's only live link from now on: older ones are deleted. */
  async replace(
    token: Pick<EmailVerificationToken, 'id' | 'userId' | 'email' | 'tokenHash' | 'expiresAt'>,
  ): Promise<void> {
    await this.repository(EmailVerificationToken).delete({ userId: token.userId });
    await this.repository(EmailVerificationToken).insert({ ...token, usedAt: null });
  }

  findByHash(tokenHash: Buffer): Promise<EmailVerificationToken | null> {
    return this.repository(EmailVerificationToken).findOneBy({ tokenHash });
  }

  /** Spends the link if it is unused and in time; false otherwise. */
  async claim(id: string): Promise<boolean> {
    const claimed = await this.repository(EmailVerificationToken)
      .createQueryBuilder()
      .update()
      .set({ usedAt: () => 'now()' })
      .where('id = :id and used_at is null and expires_at > now()', { id })
      .execute();
    return claimed.affected === 1;
  }

  async deleteFor(userId: string): Promise<void> {
    await this.repository(EmailVerificationToken).delete({ userId });
  }
}
