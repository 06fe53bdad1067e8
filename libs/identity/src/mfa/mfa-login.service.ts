import { Injectable } from '@nestjs/common';
import { TenantContext, TenantDatabase } from '@pitlane/core';
import { LoginResult, LoginService } from '../auth/login.service';
import { User } from '../users/user.entity';
import { UserRepository } from '../users/user.repository';
import { LoginMfaDto } from './dto/login-mfa.dto';
import { MfaChallenges, mfaLoginFailed } from './mfa-challenges';
import { MfaMail } from './mfa-mail';
import { SecondFactor } from './second-factor';

/**
 * The second step of signing in: an mfaToken from the first step and a code from the
 * authenticator app, or a recovery code. The token names the workshop chosen at the first
 * step, whose context the step runs in (so a recovery-code notice is written with the change).
 * A wrong code counts against the token; every failure is the same 401.
 */
@Injectable()
export class MfaLoginService {
  constructor(
    private readonly tenantContext: TenantContext,
    private readonly db: TenantDatabase,
    private readonly users: UserRepository,
    private readonly challenges: MfaChallenges,
    private readonly secondFactor: SecondFactor,
    private readonly mail: MfaMail,
    private readonly login: LoginService,
  ) {}

  async complete(input: LoginMfaDto, userAgent: string | undefined): Promise<LoginResult> {
    const claims = this.challenges.verify(input.mfaToken);
    const user = await this.tenantContext.run(claims.tenantId, () =>
      this.db.transaction(async (): Promise<User | undefined> => {
        if (!(await this.challenges.lock(claims))) return undefined;
        const proof = await this.secondFactor.prove(claims.userId, input.code);
        if (!proof) {
          await this.challenges.recordFailure(claims.challengeId);
          return undefined;
        }
        await this.challenges.spend(claims.challengeId);
        const user = await this.users.get(claims.userId);
        if (proof.method === 'recovery_code') await this.mail.recoveryCodeUsed(user, proof.remaining, proof.codeHash);
        return user;
      }),
    );
    if (!user) throw mfaLoginFailed();
    return this.login.resume(user, claims.tenantId, userAgent);
  }
}
