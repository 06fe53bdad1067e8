import { TenantContext, TenantDatabase } from '@pitlane/core';
import { MailDelivery, MailMessage, MailOutbox, MailOutboxSweep } from '@pitlane/mail';
import { JobQueue } from '@pitlane/queue';
import { randomBytes, randomUUID } from 'node:crypto';
import { queueStorageDump } from '../../../test/support/queue-storage';
import { SmtpSink } from '../../../test/support/smtp-sink';
import { TestApi, withAdminClient, Workshop } from '../../../test/support/test-api';
import { testRedisUrl } from '../../../test/support/test-config';
import { TestWorker } from '../../../test/support/test-worker';

const backends: [string, Record<string, string>][] = [['PostgreSQL', {}]];
const redis = testRedisUrl();
if (redis) backends.push(['Redis', { REDIS_URL: redis }]);
else process.stdout.write('[mail tests] no Redis: mail delivery runs on the PostgreSQL queue backend only\n');

describe.each(backends)('mail through the queue on %s', (_name, backend) => {
  let sink: SmtpSink;
  let worker: TestWorker;
  let workshop: Workshop;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    const api = await TestApi.start();
    workshop = await api.signupWorkshop('Mail Garage');
    await api.close();
    worker = await TestWorker.start({
      ...backend,
      QUEUE_NAMESPACE: `test-${randomBytes(4).toString('hex')}`,
      SMTP_PORT: String(sink.port),
    });
  });

  afterAll(async () => {
    await worker.close();
    await sink.close();
  });

  const inTenant = <T>(work: () => Promise<T>) => worker.app.get(TenantContext).run(workshop.tenantId, work);

  const sendReset = (to: string, code: string, idempotencyKey = randomUUID()) =>
    inTenant(() =>
      worker.app.get(MailOutbox).send({
        idempotencyKey,
        template: 'password_reset',
        locale: 'pl',
        to: { email: to },
        workshopName: 'Warsztat Łukasza',
        data: { name: 'Łukasz', code, minutes: 10 },
      }),
    );

  const ledger = (to: string) =>
    withAdminClient(async (client) => {
      const rows = await client.query<{
        status: string;
        attempts: number;
        sealed_secrets: Buffer | null;
        last_error: string | null;
      }>('select status, attempts, sealed_secrets, last_error from mail_messages where recipient_email = $1', [to]);
      return rows.rows;
    });

  it('delivers a mail in its language, with the code, and wipes the sealed secret once sent', async () => {
    const to = `lukasz-${randomUUID()}@example.test`;
    await sendReset(to, '482913');
    const mail = await sink.waitFor((m) => m.to.includes(to));
    expect(mail.text).toContain('482913');
    expect(mail.subject).not.toContain('482913');
    expect(mail.html).toContain('lang="pl"');
    expect((mail.headers.get('from') as { text: string }).text).toBe(
      '"Warsztat Łukasza via Pitlane" <no-reply@pitlane.local>',
    );
    await worker.drained();
    expect(await ledger(to)).toEqual([{ status: 'sent', attempts: 1, sealed_secrets: null, last_error: null }]);
  });

  it('keeps the code out of the queue: the job names only the ledger row', async () => {
    const to = `queue-${randomUUID()}@example.test`;
    const code = String(100000 + Math.floor(Math.random() * 899999));
    await sendReset(to, code);
    await sink.waitFor((m) => m.to.includes(to));
    await worker.drained();
    const stored = await queueStorageDump(backend.REDIS_URL);
    expect(stored.length).toBeGreaterThan(0);
    expect(stored).not.toContain(code);
    expect(stored).not.toContain(to);
    expect(worker.logLines.join('\n')).not.toContain(code);
  });

  it('sends once when the same mail is asked for twice', async () => {
    const to = `twice-${randomUUID()}@example.test`;
    const key = randomUUID();
    await sendReset(to, '111111', key);
    await sendReset(to, '111111', key);
    await sink.waitFor((m) => m.to.includes(to));
    await worker.drained();
    expect(sink.messages.filter((m) => m.to.includes(to))).toHaveLength(1);
  });

  it('sends once when the job is enqueued twice, and when a finished job is delivered again', async () => {
    const to = `dup-${randomUUID()}@example.test`;
    await sendReset(to, '222222');
    const [row] = await withAdminClient((client) =>
      client.query<{ id: string }>('select id from mail_messages where recipient_email = $1', [to]).then((r) => r.rows),
    );
    // A second job for the same mail under another id (a producer retried after a timeout).
    await worker.app.get(JobQueue).enqueue('mail.send', { tenantId: workshop.tenantId, mailId: row!.id });
    await sink.waitFor((m) => m.to.includes(to));
    await worker.drained();
    // The worker died after SMTP accepted and the ledger committed, before BullMQ recorded the
    // job as done: the job runs again.
    await inTenant(() =>
      worker.app
        .get(MailDelivery)
        .deliver(
          { tenantId: workshop.tenantId, mailId: row!.id },
          { jobId: 'again', attempt: 2, maxAttempts: 10, isFinalAttempt: false },
        ),
    );
    expect(sink.messages.filter((m) => m.to.includes(to))).toHaveLength(1);
  });

  it('retries with backoff while SMTP is down, and delivers when it returns', async () => {
    const to = `down-${randomUUID()}@example.test`;
    await sink.stop();
    await sendReset(to, '333333');
    await waitUntil(async () => ((await ledger(to))[0]?.attempts ?? 0) >= 2);
    await sink.resume();
    await sink.waitFor((m) => m.to.includes(to), 20_000);
    await worker.drained();
    const [entry] = await ledger(to);
    expect(entry!.status).toBe('sent');
    expect(entry!.attempts).toBeGreaterThanOrEqual(3);
  });

  it('records a permanent refusal (550) as failed, and does not retry it', async () => {
    const to = `refused-${randomUUID()}@example.test`;
    sink.failNext(1, 550, 'mailbox unavailable');
    await sendReset(to, '444444');
    await waitUntil(async () => (await ledger(to))[0]?.status === 'failed');
    await worker.drained();
    const [entry] = await ledger(to);
    expect(entry).toMatchObject({ status: 'failed', attempts: 1, sealed_secrets: null });
    expect(entry!.last_error).toMatch(/^550/);
    expect(entry!.last_error).not.toContain(to);
    expect(await worker.app.get(JobQueue).counts('mail')).toMatchObject({ failed: 1 });
  });

  it('the outbox sweep sends mail whose job was lost after the commit', async () => {
    const to = `lost-${randomUUID()}@example.test`;
    // A ledger row committed by a process that died before it could enqueue the job.
    await inTenant(() =>
      worker.app.get(TenantDatabase).transaction((manager) =>
        manager.getRepository(MailMessage).insert({
          tenantId: workshop.tenantId,
          id: randomUUID(),
          idempotencyKey: randomUUID(),
          template: 'mfa_enabled',
          locale: 'da',
          recipientEmail: to,
          recipientUserId: null,
          workshopName: 'Sørens Autoværksted',
          data: { name: 'Søren' },
          sealedSecrets: null,
          status: 'queued',
          attempts: 0,
        }),
      ),
    );
    expect(await worker.app.get(MailOutboxSweep).sweep('0 seconds')).toBeGreaterThanOrEqual(1);
    // Generous: on the PostgreSQL queue backend a busy machine (10 s missed it once) polls slowly.
    const mail = await sink.waitFor((m) => m.to.includes(to), 30_000);
    expect(mail.html).toContain('lang="da"');
  });
});

async function waitUntil(condition: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
