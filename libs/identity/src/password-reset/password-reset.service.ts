import { Injectable } from '@nestjs/common';
import { EmailChangeRequestRepository } from '../email-change/email-change-request.repository';
import { IdentityError, IdentityErrorCode } from '../errors/identity.error';
import { PasswordHasher } from '../passwords/password-hasher';
import { PasswordPolicy } from '../passwords/password-policy';
import { SessionRevocation } from '../sessions/session-revocation.service';
import { IdentitySystemRepository } from '../system/identity-system.repository';
import { AccountTransactions } from '../system/account-transactions';
import { UserRepository } from '../users/user.repository';
import { ResetPasswordDto } from './dto/reset-password.dto';
import { PasswordResetCodes } from './password-reset-codes';

/**
 * A mailed code and a new password. Success spends the code, sets the password, drops pending
 * e-mail changes (someone who knew the old password may have started one) and ends every
 * session in every workshop. Every failure of the code is the same 400, known address or not.
 */
@Injectable()
export class PasswordResetService {
  constructor(
    private readonly system: IdentitySystemRepository,
    private readonly transactions: AccountTransactions,
    private readonly users: UserRepository,
    private readonly emailChanges: EmailChangeRequestRepository,
    private readonly codes: PasswordResetCodes,
    private readonly policy: PasswordPolicy,
    private readonly hasher: PasswordHasher,
    private readonly revocation: SessionRevocation,
  ) {}

  async reset(input: ResetPasswordDto): Promise<void> {
    const email = input.email.toLowerCase();
    // Judged before anything is looked up, so a weak password reveals nothing about the address.
    this.policy.assertAcceptable(input.newPassword, [email]);
    const candidates = await this.system.findLoginCandidates(email);
    const userId = await this.transactions.run(async () => {
      const owner = await this.codes.redeem(
        candidates.map((candidate) => candidate.id),
        input.code,
      );
      const user = candidates.find((candidate) => candidate.id === owner);
      if (!user) return undefined;
      // The code is right: now the user's own name counts too. A refusal rolls the redemption back.
      this.policy.assertAcceptable(input.newPassword, [email, user.name]);
      const passwordHash = await this.hasher.hash(input.newPassword);
      await this.users.setPasswordHash(user.id, passwordHash);
      await this.emailChanges.deletePending(user.id);
      return user.id;
    });
    if (!userId) {
      throw new IdentityError(
        IdentityErrorCode.InvalidResetCode,
        'The code is wrong, has expired or was already used. Ask for a new code.',
      );
    }
    await this.revocation.revokeEverywhere(userId, 'password_changed');
  }
}
