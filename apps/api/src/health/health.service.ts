import { Injectable } from '@nestjs/common';
import { DomainError, ErrorKind, findUnsafeRolePowers } from '@pitlane/core';
import { JobQueue } from '@pitlane/queue';
import { SearchIndex } from '@pitlane/search';
import { DataSource } from 'typeorm';

export type CheckStatus = 'up' | 'down' | 'degraded';

export interface Readiness {
  readonly status: 'ok' | 'degraded';
  readonly checks: Readonly<Record<string, CheckStatus>>;
}

const CHECK_TIMEOUT_MS = 2_000;

/** 503 with the state of each dependency when one is down. */
export class NotReadyError extends DomainError {
  readonly code = 'not_ready';
  readonly kind: ErrorKind = 'unavailable';

  constructor(checks: Readonly<Record<string, CheckStatus>>) {
    super('A dependency is not available.', undefined, { checks });
  }
}

/** Answers whether this instance can serve traffic: every backend it needs responds. */
@Injectable()
export class HealthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly searchIndex: SearchIndex,
  ) {}

  async readiness(): Promise<Readiness> {
    const [database, databaseRole, queue, searchUp] = await Promise.all([
      this.check(() => this.dataSource.query('select 1')),
      // The boot guard's question, asked again: a role granted a bypassing power after boot
      // takes this instance out of the load balancer.
      this.check(async () => {
        const findings = await findUnsafeRolePowers(this.dataSource);
        if (findings.length > 0) throw new Error('the database role is not held by row-level security');
      }),
      this.check(() => this.jobs.ping()),
      this.check(() => this.searchIndex.ping()),
    ]);
    // Without search the API still serves and every write still lands (the outbox keeps the
    // backlog): degraded, not down.
    const search: CheckStatus = searchUp === 'up' ? 'up' : 'degraded';
    const checks = { database, databaseRole, queue, search };
    if (database === 'down' || databaseRole === 'down' || queue === 'down') throw new NotReadyError(checks);
    return { status: search === 'up' ? 'ok' : 'degraded', checks };
  }

  private async check(probe: () => Promise<unknown>): Promise<CheckStatus> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timeout')), CHECK_TIMEOUT_MS);
    });
    try {
      await Promise.race([probe(), timeout]);
      return 'up';
    } catch {
      return 'down';
    } finally {
      clearTimeout(timer);
    }
  }
}
