import { Injectable } from '@nestjs/common';
import { hashToken } from '@pitlane/crypto';
import { EmailVerificationTokenRepository } from '../email-verification/email-verification-token.repository';
import { IdentityError, IdentityErrorCode } from '../errors/identity.error';
import { AccountTransactions } from '../system/account-transactions';
import { emailTaken, isVerifiedEmailConflict } from '../users/email-ownership';
import { UserRepository } from '../users/user.repository';
import { EmailChangeRequestRepository } from './email-change-request.repository';

/**
 * Opening the link mailed to the new address: the account moves to it, verified, unless
 * someone else has verified that address in the meantime (409).
 */
@Injectable()
export class EmailChangeConfirmationService {
  constructor(
    private readonly transactions: AccountTransactions,
    private readonly requests: EmailChangeRequestRepository,
    private readonly users: UserRepository,
    private readonly verificationTokens: EmailVerificationTokenRepository,
  ) {}

  async confirm(token: string): Promise<void> {
    try {
      await this.transactions.run(async () => {
        const found = await this.requests.findByHash(hashToken(token));
        if (!found) throw invalidLink();
        // The user's row first, then the request's: the order a new request locks them in.
        await this.users.lock(found.userId);
        if (!(await this.requests.claim(found.id))) throw invalidLink();
        if (await this.users.verifiedByOther(found.newEmail, found.userId)) throw emailTaken();
        await this.users.moveTo(found.userId, found.newEmail);
        // Links to verify the old address must not verify anything any more.
        await this.verificationTokens.deleteFor(found.userId);
      });
    } catch (error) {
      if (isVerifiedEmailConflict(error)) throw emailTaken();
      throw error;
    }
  }
}

function invalidLink(): IdentityError {
  return new IdentityError(
    IdentityErrorCode.InvalidLink,
    'This confirmation link is invalid, has expired or was already used. Ask for the change again.',
  );
}
