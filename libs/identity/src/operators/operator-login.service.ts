import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { IdentityError, IdentityErrorCode } from '../errors/identity.error';
import { PasswordHasher } from '../passwords/password-hasher';
import { AccountTransactions } from '../system/account-transactions';
import { OperatorAccessTokenService } from './operator-access-token.service';
import { OperatorLoginFailure } from './operator-audit-action';
import { OperatorAudit } from './operator-audit';
import { OperatorSessionRepository } from './operator-session.repository';
import { OPERATOR_SESSION_ABSOLUTE_SECONDS, OPERATOR_SESSION_IDLE_SECONDS } from './operator-session-policy';
import { OperatorCredentials, OperatorRepository, OperatorRow } from './operator.repository';
import { OperatorTotpSecrets } from './operator-totp-secrets';

export interface OperatorLoginInput {
  readonly email: string;
  readonly password: string;
  readonly code: string;
}

export interface OperatorLoginContext {
  readonly userAgent?: string;
  readonly clientIp?: string;
}

export interface OperatorLoginResult {
  readonly accessToken: string;
  /** Seconds until the access token expires (the sign-in's absolute end). */
  readonly expiresIn: number;
  /** Seconds of inactivity after which the sign-in ends. */
  readonly idleTimeout: number;
  readonly operator: { readonly id: string; readonly email: string; readonly name: string };
}

/**
 * An operator signs in with e-mail, password and a TOTP code in one request: there is no state
 * "password right, code pending" for anyone to hold or probe, and every refusal is the same 401
 * whichever factor failed (the audit log, read only by operators, says which). A code is good for
 * one sign-in. Unknown addresses cost a password hash like known ones.
 */
@Injectable()
export class OperatorLoginService {
  constructor(
    private readonly transactions: AccountTransactions,
    private readonly operators: OperatorRepository,
    private readonly sessions: OperatorSessionRepository,
    private readonly secrets: OperatorTotpSecrets,
    private readonly hasher: PasswordHasher,
    private readonly tokens: OperatorAccessTokenService,
    private readonly audit: OperatorAudit,
  ) {}

  async login(input: OperatorLoginInput, context: OperatorLoginContext): Promise<OperatorLoginResult> {
    const email = input.email.trim().toLowerCase();
    const operator = await this.transactions.run(() => this.operators.findCredentialsByEmail(email));
    if (!operator) {
      await this.hasher.verifyDecoy(input.password);
      return this.refuse(null, 'unknown_account', context);
    }
    if (!(await this.hasher.verify(operator.passwordHash, input.password))) {
      return this.refuse(operator.id, 'password', context);
    }
    const step = await this.secrets.verify(
      operator.id,
      { sealed: operator.totpSecret, keyId: operator.totpKeyId },
      input.code,
      operator.totpLastUsedStep,
    );
    if (step === undefined) return this.refuse(operator.id, 'totp', context);
    if (operator.disabledAt) return this.refuse(operator.id, 'disabled', context);

    const opened = await this.transactions.run(async () => {
      // The step is spent in the transaction that opens the session: a replay racing this
      // sign-in finds it spent, and a failure here leaves the code unspent.
      if (!(await this.operators.spendTotpStep(operator.id, step))) return undefined;
      return this.open(operator, context);
    });
    return opened ?? this.refuse(operator.id, 'totp_replayed', context);
  }

  private async open(operator: OperatorCredentials, context: OperatorLoginContext): Promise<OperatorLoginResult> {
    const sessionId = randomUUID();
    const expiresAt = new Date(Date.now() + OPERATOR_SESSION_ABSOLUTE_SECONDS * 1000);
    await this.sessions.insert({
      id: sessionId,
      operatorId: operator.id,
      expiresAt,
      userAgent: context.userAgent?.slice(0, 256) ?? null,
    });
    await this.audit.record({ operatorId: operator.id, action: 'login', clientIp: context.clientIp ?? null });
    return {
      accessToken: this.tokens.sign({ operatorId: operator.id, sessionId }, expiresAt),
      expiresIn: OPERATOR_SESSION_ABSOLUTE_SECONDS,
      idleTimeout: OPERATOR_SESSION_IDLE_SECONDS,
      operator: publicOf(operator),
    };
  }

  /** Writes the refusal to the audit log (committed on its own) and throws the one 401. */
  private async refuse(
    operatorId: string | null,
    failure: OperatorLoginFailure,
    context: OperatorLoginContext,
  ): Promise<never> {
    await this.audit.record({
      operatorId,
      action: 'login.failed',
      clientIp: context.clientIp ?? null,
      details: { failure },
    });
    throw new IdentityError(
      IdentityErrorCode.InvalidCredentials,
      'The e-mail, password or code is wrong, or the account is disabled.',
    );
  }
}

function publicOf(operator: OperatorRow): OperatorLoginResult['operator'] {
  return { id: operator.id, email: operator.email, name: operator.name };
}
