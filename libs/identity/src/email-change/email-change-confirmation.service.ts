import { Injectable } from '@nestjs/common';
import { SystemDatabase } from '@pitlane/core';
import { hashToken } from '@pitlane/crypto';
import { EmailVerificationToken } from '../email-verification/email-verification-token.entity';
import { IdentityError, IdentityErrorCode } from '../errors/identity.error';
import { assertNoOtherVerifiedOwner, emailTaken, isVerifiedEmailConflict } from '../users/email-ownership';
import { User } from '../users/user.entity';
import { EmailChangeRequest } from './email-change-request.entity';

/**
 * Opening the link mailed to the new address: the account moves to it, verified, unless
 * someone else has verified that address in the meantime (409).
 */
@Injectable()
export class EmailChangeConfirmationService {
  constructor(private readonly db: SystemDatabase) {}

  async confirm(token: string): Promise<void> {
    try {
      await this.db.transaction(async (manager) => {
        const requests = manager.getRepository(EmailChangeRequest);
        const found = await requests.findOneBy({ tokenHash: hashToken(token) });
        if (!found) throw invalidLink();
        // The user's row first, then the request's: the order a new request locks them in.
        await manager.query('select 1 from users where id = $1 for update', [found.userId]);
        const claimed = await requests
          .createQueryBuilder()
          .update()
          .set({ usedAt: () => 'now()' })
          .where('id = :id and used_at is null and expires_at > now()', { id: found.id })
          .execute();
        if (claimed.affected !== 1) throw invalidLink();
        await assertNoOtherVerifiedOwner(manager, found.newEmail, found.userId);
        await manager
          .getRepository(User)
          .update({ id: found.userId }, { email: found.newEmail, emailVerifiedAt: new Date() });
        // Links to verify the old address must not verify anything any more.
        await manager.getRepository(EmailVerificationToken).delete({ userId: found.userId });
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
