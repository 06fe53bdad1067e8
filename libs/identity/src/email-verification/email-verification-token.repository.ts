import { Injectable } from '@nestjs/common';
import { SingleUseLinkRepository } from '../system/single-use-link.repository';
import { EmailVerificationToken } from './email-verification-token.entity';

/** Verification links (`email_verification_tokens`, global): by person, or by the link's hash. */
@Injectable()
export class EmailVerificationTokenRepository extends SingleUseLinkRepository<EmailVerificationToken> {
  protected readonly entity = EmailVerificationToken;

  async deleteFor(userId: string): Promise<void> {
    await this.repository(EmailVerificationToken).delete({ userId });
  }
}
