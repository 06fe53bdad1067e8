// Mail through the queue (issue 4), a standalone scenario: a throw-away database with workshops,
// a counting SMTP sink, and per queue backend (BullMQ on Redis if one answers, then on PostgreSQL)
// the real worker alone draining a burst of mail.send jobs for ledger rows written as MailOutbox
// writes them, until every mail has arrived. Knobs: BENCH_MAILS (20000), BENCH_WORKSHOPS (100),
// BENCH_TIMEOUT (900 s per backend), BENCH_SMTP_GREETING_DELAY (0 ms), BENCH_KEEP_COMPLETED (0,
// as QUEUE_KEEP_COMPLETED_COUNT), REDIS_URL (else :6379 if it answers), BENCH_DATABASE_URL.
import crypto from 'node:crypto';
import { Pool } from 'pg';
import { machineLoad } from '../cpu';
import { wholeNumber } from '../knobs';
import { startMailSink } from '../mail-sink';
import { throwAwayDatabase, withAdmin } from '../postgres';
import type { Secrets } from '../processes';
import { findRedis, redisFacts } from '../redis';
import type { ScenarioReport } from '../report';
import type { StandaloneContext, StandaloneScenario } from '../scenario';
import { type BackendResult, type MailSettings, runBackend } from './mail-backend-run';
import type { Backend } from './mail-queue';
import { mailReport } from './mail-report';
import { checkTemplatesRender, INSERT_CONCURRENCY, seedWorkshops } from './mail-seed';

async function run(context: StandaloneContext): Promise<ScenarioReport> {
  const { lifecycle, say, tempDir } = context;
  const settings: MailSettings = {
    mails: wholeNumber('BENCH_MAILS', 20_000),
    workshops: wholeNumber('BENCH_WORKSHOPS', 100),
    timeoutSeconds: wholeNumber('BENCH_TIMEOUT', 900),
    greetingDelayMs: wholeNumber('BENCH_SMTP_GREETING_DELAY', 0, 0),
    keepCompleted: wholeNumber('BENCH_KEEP_COMPLETED', 0, 0),
  };
  const startedAt = Date.now();
  const redis = await findRedis();
  say(redis.url ? `Redis: ${redis.description}` : `Redis: ${redis.description}; skipping the Redis half`);
  const facts = redis.url ? await redisFacts(redis.url).catch(() => undefined) : undefined;
  const database = await throwAwayDatabase(tempDir, lifecycle);
  const sql = `select current_setting('server_version') as version, current_setting('synchronous_commit') as sync`;
  const postgres = await withAdmin(
    database.adminDbUrl,
    async (admin) => (await admin.query<{ version: string; sync: string }>(sql)).rows[0]!,
  );
  say(`database ${database.name} on ${database.server}, migrated`);
  const sink = await startMailSink(lifecycle, settings.greetingDelayMs);
  say(`mail sink on 127.0.0.1:${sink.port}, greeting after ${sink.greetingDelayMs} ms`);
  const secrets: Secrets = {
    jwtSecret: crypto.randomBytes(48).toString('base64url'),
    masterKey: crypto.randomBytes(32),
    masterKeyId: 'k1',
  };
  const pool = new Pool({ connectionString: database.appUrl, max: INSERT_CONCURRENCY });
  const { workshops, keyring } = await seedWorkshops(pool, secrets, settings.workshops).finally(() => pool.end());
  checkTemplatesRender(workshops[0]!.name);
  say(`${workshops.length} workshops inserted as the application role`);

  const backends: Backend[] = [
    ...(redis.url ? [{ kind: 'redis', label: 'Redis', redisUrl: redis.url } as const] : []),
    { kind: 'postgres', label: 'PostgreSQL' },
  ];
  const runId = crypto.randomBytes(4).toString('hex');
  const results: BackendResult[] = [];
  const before = machineLoad();
  for (const backend of backends) {
    if (lifecycle.interrupted()) throw new Error('interrupted');
    const setup = { runId, database, workshops, keyring, sink, secrets, tempDir, lifecycle, say, settings };
    const result = await runBackend(backend, { ...setup, redisPid: facts?.pid });
    say(
      `${result.label}: ${result.arrived}/${result.mails} in ${result.totalSeconds.toFixed(1)} s, ` +
        `${result.rate.toFixed(1)} mails/s, duplicated ${result.duplicated}`,
    );
    results.push(result);
  }
  return mailReport({
    ranAt: new Date(startedAt),
    totalSeconds: (Date.now() - startedAt) / 1000,
    load: { before: before.load1, after: machineLoad().load1, cores: before.cores },
    settings,
    greetingDelayMs: sink.greetingDelayMs,
    server: `PostgreSQL ${postgres.version} (synchronous_commit ${postgres.sync}; ${database.server})`,
    redis: facts
      ? `Redis ${facts.version} (maxmemory-policy ${facts.evictionPolicy}, appendonly ${facts.appendonly})`
      : `no Redis: ${redis.description}`,
    results,
  });
}

export const mailThroughput: StandaloneScenario = { id: 'mail-throughput', standalone: true, run };
