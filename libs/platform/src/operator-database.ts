import { Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig, findUnsafeRolePowers, OPERATOR_VIEWS } from '@pitlane/core';
import { Pool, QueryResultRow } from 'pg';

/** Raised at boot when OPERATOR_DATABASE_URL connects as a role that could read more than aggregates. */
export class UnsafeOperatorRoleError extends Error {
  constructor(role: string, problems: readonly string[]) {
    super(
      `Refusing to start: OPERATOR_DATABASE_URL connects as role "${role}", which may read more than the ` +
        `operator views:\n${problems.map((problem) => `  - ${problem}`).join('\n')}\n` +
        'Connect as the operator role provisionDatabase makes (<app>_operator; docs/tenancy.md, "Roles").',
    );
    this.name = 'UnsafeOperatorRoleError';
  }
}

/** Raised when the operator read model is used in a process configured without it. */
export class OperatorDatabaseNotConfiguredError extends Error {
  constructor() {
    super('OPERATOR_DATABASE_URL is not set: this process serves no operator read model');
    this.name = 'OperatorDatabaseNotConfiguredError';
  }
}

/**
 * A small pool of its own, connected as the operator role: the only connection the operator read
 * model uses, so what it can read is what that role's grants say (the aggregate views) rather
 * than what the code remembers to filter. At boot (when configured) the role is checked as the
 * application role is, and also for any SELECT beyond OPERATOR_VIEWS; the process refuses to
 * start otherwise.
 */
@Injectable()
export class OperatorDatabase implements OnApplicationBootstrap, OnApplicationShutdown {
  private pool: Pool | undefined;
  private checked: Promise<void> | undefined;

  constructor(private readonly config: AppConfig) {}

  get configured(): boolean {
    return this.config.database.operatorUrl !== undefined;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.configured) await this.query('select 1');
  }

  async query<T extends QueryResultRow>(sql: string, parameters: readonly unknown[] = []): Promise<T[]> {
    const pool = this.open();
    this.checked ??= this.checkRole(pool).catch((error: unknown) => {
      this.checked = undefined;
      throw error;
    });
    await this.checked;
    return (await pool.query<T>(sql, parameters as unknown[])).rows;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool?.end();
    this.pool = undefined;
  }

  private open(): Pool {
    const url = this.config.database.operatorUrl;
    if (url === undefined) throw new OperatorDatabaseNotConfiguredError();
    this.pool ??= new Pool({
      connectionString: url,
      max: this.config.database.operatorPoolMax,
      application_name: 'pitlane-operator',
      // Operator pages read aggregates; a query that runs away is cut off rather than queued behind.
      statement_timeout: 10_000,
    });
    return this.pool;
  }

  private async checkRole(pool: Pool): Promise<void> {
    const queryable = {
      query: async <T>(sql: string, parameters?: unknown[]) => (await pool.query(sql, parameters)).rows as T,
    };
    const problems = (await findUnsafeRolePowers(queryable)).map((finding) => `${finding.role} ${finding.problem}`);
    const extra = await pool.query<{ relation: string }>(
      `select c.relname as relation
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg_toast%'
          and c.relkind in ('r', 'p', 'v', 'm', 'f')
          and has_table_privilege(current_user, c.oid, 'SELECT')
          and not (n.nspname = 'public' and c.relname = any ($1))
        order by 1`,
      [[...OPERATOR_VIEWS]],
    );
    if (extra.rows.length > 0) {
      problems.push(`may select ${extra.rows.map((row) => row.relation).join(', ')}`);
    }
    if (problems.length > 0) {
      const role = (await pool.query<{ role: string }>('select current_user as role')).rows[0]?.role ?? '?';
      throw new UnsafeOperatorRoleError(role, problems);
    }
  }
}
