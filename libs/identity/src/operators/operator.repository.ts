import { Injectable } from '@nestjs/common';
import { AccountTransactions } from '../system/account-transactions';

export interface OperatorRow {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly disabledAt: Date | null;
  readonly createdAt: Date;
}

export interface OperatorCredentials extends OperatorRow {
  readonly passwordHash: string;
  readonly totpSecret: Buffer;
  readonly totpKeyId: string;
  readonly totpLastUsedStep: number | null;
}

export interface NewOperator {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly passwordHash: string;
  readonly totpSecret: Buffer;
  readonly totpKeyId: string;
}

interface Row {
  id: string;
  email: string;
  name: string;
  disabled_at: Date | null;
  created_at: Date;
  password_hash: string;
  totp_secret: Buffer;
  totp_key_id: string;
  totp_last_used_step: string | null;
}

const PUBLIC_COLUMNS = 'id, email, name, disabled_at, created_at';

/** `operators`: the only SQL for it. Runs in the ambient account transaction (no tenant). */
@Injectable()
export class OperatorRepository {
  constructor(private readonly transactions: AccountTransactions) {}

  /** False when the address is taken (the unique constraint decides, not a prior read). */
  async insert(operator: NewOperator): Promise<boolean> {
    const rows = await this.query<{ id: string }>(
      `insert into operators (id, email, name, password_hash, totp_secret, totp_key_id)
       values ($1, $2, $3, $4, $5, $6) on conflict (email) do nothing returning id`,
      [operator.id, operator.email, operator.name, operator.passwordHash, operator.totpSecret, operator.totpKeyId],
    );
    return rows.length === 1;
  }

  async findCredentialsByEmail(email: string): Promise<OperatorCredentials | undefined> {
    const [row] = await this.query<Row>(`select * from operators where email = $1`, [email]);
    return row ? credentialsOf(row) : undefined;
  }

  async findById(id: string): Promise<OperatorRow | undefined> {
    const [row] = await this.query<Row>(`select ${PUBLIC_COLUMNS} from operators where id = $1`, [id]);
    return row ? publicOf(row) : undefined;
  }

  async list(): Promise<OperatorRow[]> {
    const rows = await this.query<Row>(`select ${PUBLIC_COLUMNS} from operators order by created_at, email`);
    return rows.map(publicOf);
  }

  /**
   * Spends a TOTP time step: true only when `step` is later than every step used before, in one
   * statement, so two sign-ins racing with the same code cannot both pass.
   */
  async spendTotpStep(id: string, step: number): Promise<boolean> {
    const rows = await this.query<{ id: string }>(
      `with spent as (
         update operators set totp_last_used_step = $2, updated_at = now()
          where id = $1 and (totp_last_used_step is null or totp_last_used_step < $2) returning id
       ) select id from spent`,
      [id, step],
    );
    return rows.length === 1;
  }

  async setDisabled(email: string, disabled: boolean): Promise<OperatorRow | undefined> {
    const [row] = await this.query<Row>(
      `with changed as (
         update operators set disabled_at = case when $2 then coalesce(disabled_at, now()) end, updated_at = now()
          where email = $1 returning ${PUBLIC_COLUMNS}
       ) select * from changed`,
      [email, disabled],
    );
    return row ? publicOf(row) : undefined;
  }

  async replaceTotpSecret(id: string, totpSecret: Buffer, totpKeyId: string): Promise<void> {
    await this.query(
      `update operators set totp_secret = $2, totp_key_id = $3, totp_last_used_step = null, updated_at = now()
        where id = $1`,
      [id, totpSecret, totpKeyId],
    );
  }

  /** The same secret under another key: the spent steps stay spent. */
  async replaceSealedSecret(id: string, totpSecret: Buffer, totpKeyId: string): Promise<void> {
    await this.query(`update operators set totp_secret = $2, totp_key_id = $3, updated_at = now() where id = $1`, [
      id,
      totpSecret,
      totpKeyId,
    ]);
  }

  async replacePasswordHash(id: string, passwordHash: string): Promise<void> {
    await this.query(`update operators set password_hash = $2, updated_at = now() where id = $1`, [id, passwordHash]);
  }

  /** Operators whose TOTP secret is sealed under another master key than `activeKeyId`. */
  async sealedUnderOtherKeys(activeKeyId: string): Promise<OperatorCredentials[]> {
    const rows = await this.query<Row>(`select * from operators where totp_key_id <> $1 for update`, [activeKeyId]);
    return rows.map(credentialsOf);
  }

  /**
   * Every statement that returns rows is a SELECT (an UPDATE ... RETURNING is wrapped in a CTE):
   * TypeORM hands back `[rows, count]` for a bare UPDATE, and rows for everything else.
   */
  private query<T>(sql: string, parameters: unknown[] = []): Promise<T[]> {
    return this.transactions.manager().query<T[]>(sql, parameters);
  }
}

function publicOf(row: Row): OperatorRow {
  return { id: row.id, email: row.email, name: row.name, disabledAt: row.disabled_at, createdAt: row.created_at };
}

function credentialsOf(row: Row): OperatorCredentials {
  return {
    ...publicOf(row),
    passwordHash: row.password_hash,
    totpSecret: row.totp_secret,
    totpKeyId: row.totp_key_id,
    totpLastUsedStep: row.totp_last_used_step === null ? null : Number(row.totp_last_used_step),
  };
}
