import { Inject, Injectable } from '@nestjs/common';
import { KEY_PROVIDER, KeyProvider } from '@pitlane/crypto';
import { randomUUID } from 'node:crypto';
import { PasswordHasher } from '../passwords/password-hasher';
import { PasswordPolicy } from '../passwords/password-policy';
import { AccountTransactions } from '../system/account-transactions';
import { OperatorAudit } from './operator-audit';
import { OperatorSessionRepository } from './operator-session.repository';
import { OperatorRepository, OperatorRow } from './operator.repository';
import { OperatorTotpSecrets } from './operator-totp-secrets';

export interface NewOperatorInput {
  readonly email: string;
  readonly name: string;
  readonly password: string;
}

/** What creating an operator (or resetting their TOTP) hands back once, for the CLI to print. */
export interface OperatorEnrolment {
  readonly operator: OperatorRow;
  readonly otpauthUri: string;
  readonly totpSecret: string;
}

export class OperatorAccountError extends Error {}

/**
 * Operator accounts, managed only from the command line (apps/worker/src/cli/operator.ts): there
 * is no HTTP route that creates, enables or changes one. Every change is in the operator audit
 * log, with no operator named as its author (the person at the shell is not an operator session).
 */
@Injectable()
export class OperatorAccounts {
  constructor(
    private readonly transactions: AccountTransactions,
    private readonly operators: OperatorRepository,
    private readonly sessions: OperatorSessionRepository,
    private readonly secrets: OperatorTotpSecrets,
    private readonly hasher: PasswordHasher,
    private readonly policy: PasswordPolicy,
    private readonly audit: OperatorAudit,
    @Inject(KEY_PROVIDER) private readonly keys: KeyProvider,
  ) {}

  /** A new operator with a mandatory TOTP secret, enrolled here: the answer is its one showing. */
  async create(input: NewOperatorInput): Promise<OperatorEnrolment> {
    const email = normaliseEmail(input.email);
    const name = input.name.trim();
    if (name.length < 1 || name.length > 120) throw new OperatorAccountError('--name must be 1 to 120 characters');
    this.policy.assertAcceptable(input.password, [email, name]);
    const id = randomUUID();
    const passwordHash = await this.hasher.hash(input.password);
    const totp = this.secrets.create(id, email);
    return this.transactions.run(async () => {
      const created = await this.operators.insert({
        id,
        email,
        name,
        passwordHash,
        totpSecret: totp.sealed.sealed,
        totpKeyId: totp.sealed.keyId,
      });
      if (!created) throw new OperatorAccountError(`an operator with the e-mail ${email} already exists`);
      await this.audit.record({ operatorId: id, action: 'operator.created' });
      const operator = await this.operators.findById(id);
      return { operator: operator!, otpauthUri: totp.otpauthUri, totpSecret: totp.base32 };
    });
  }

  list(): Promise<OperatorRow[]> {
    return this.transactions.run(() => this.operators.list());
  }

  /** Disabling ends every session of the operator at once; enabling lets them sign in again. */
  setDisabled(email: string, disabled: boolean): Promise<OperatorRow> {
    return this.transactions.run(async () => {
      const operator = await this.operators.setDisabled(normaliseEmail(email), disabled);
      if (!operator) throw noSuchOperator(email);
      if (disabled) await this.sessions.revokeAllOf(operator.id, 'operator_disabled');
      await this.audit.record({ operatorId: operator.id, action: disabled ? 'operator.disabled' : 'operator.enabled' });
      return operator;
    });
  }

  /** A new TOTP secret (a lost or exposed phone); the old one and every session stop working. */
  async resetTotp(email: string): Promise<OperatorEnrolment> {
    return this.transactions.run(async () => {
      const operator = await this.existing(email);
      const totp = this.secrets.create(operator.id, operator.email);
      await this.operators.replaceTotpSecret(operator.id, totp.sealed.sealed, totp.sealed.keyId);
      await this.sessions.revokeAllOf(operator.id, 'totp_reset');
      await this.audit.record({ operatorId: operator.id, action: 'operator.totp_reset' });
      return { operator, otpauthUri: totp.otpauthUri, totpSecret: totp.base32 };
    });
  }

  /** A new password; every session ends. */
  async changePassword(email: string, password: string): Promise<OperatorRow> {
    const operator = await this.transactions.run(() => this.existing(email));
    this.policy.assertAcceptable(password, [operator.email, operator.name]);
    const passwordHash = await this.hasher.hash(password);
    return this.transactions.run(async () => {
      await this.operators.replacePasswordHash(operator.id, passwordHash);
      await this.sessions.revokeAllOf(operator.id, 'logout');
      await this.audit.record({ operatorId: operator.id, action: 'operator.password_changed' });
      return operator;
    });
  }

  /** The operator half of a master-key rotation: every TOTP secret sealed under the active key. */
  resealSecrets(): Promise<{ resealed: number }> {
    return this.transactions.run(async () => {
      const stale = await this.operators.sealedUnderOtherKeys(this.keys.activeKeyId);
      for (const operator of stale) {
        const sealed = this.secrets.reseal(operator.id, { sealed: operator.totpSecret, keyId: operator.totpKeyId });
        await this.operators.replaceSealedSecret(operator.id, sealed.sealed, sealed.keyId);
      }
      return { resealed: stale.length };
    });
  }

  private async existing(email: string): Promise<OperatorRow> {
    const operator = await this.operators.findCredentialsByEmail(normaliseEmail(email));
    if (!operator) throw noSuchOperator(email);
    // Only the public fields: the hash and the sealed secret go no further than this class.
    const { id, name, disabledAt, createdAt } = operator;
    return { id, email: operator.email, name, disabledAt, createdAt };
  }
}

function normaliseEmail(email: string): string {
  const normalised = email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+$/.test(normalised) || normalised.length > 254) {
    throw new OperatorAccountError('--email must be an e-mail address');
  }
  return normalised;
}

function noSuchOperator(email: string): OperatorAccountError {
  return new OperatorAccountError(`no operator has the e-mail ${email.trim().toLowerCase()}`);
}
