// mail-throughput's data: workshops (each with a data key wrapped under the worker's MASTER_KEY,
// as sign-up wraps it) and ledger rows written as MailOutbox.send writes them: as the application
// role in the workshop's context, the secret variables sealed by TenantKeyring, bound to the row.
import type { TenantKeyring } from '@pitlane/crypto';
import { MailRenderer, type MailLocale, type MailTemplateData, SECRET_FIELDS, secretsLocation } from '@pitlane/mail';
import crypto from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import { chunks, forEachConcurrently } from '../concurrently';
import type { Secrets } from '../processes';
import { benchDataKeys, keyringOver } from '../seeded-keyring';
import { inTenantTransaction } from '../tenant-transaction';

/** The account mails the product sends today, each with a secret sealed in the ledger. */
export const TEMPLATES = ['email_verification', 'password_reset', 'email_change'] as const;
type BenchTemplate = (typeof TEMPLATES)[number];
export const PUBLIC_BASE_URL = 'http://localhost:3000';
/** Ledger rows per INSERT: 500 rows x 12 columns stays well under Postgres' 65 535 bind parameters. */
export const INSERT_BATCH = 500;
export const INSERT_CONCURRENCY = 3;
const LOCALES = [
  { locale: 'pl', country: 'PL', currency: 'PLN', timeZone: 'Europe/Warsaw' },
  { locale: 'en', country: 'GB', currency: 'GBP', timeZone: 'Europe/London' },
  { locale: 'da', country: 'DK', currency: 'DKK', timeZone: 'Europe/Copenhagen' },
] as const;
const NAMES = ['Anna Kowalska', 'Piotr Nowak', 'Emma Jensen', 'Oliver Smith', 'Magdalena Wójcik', 'Lars Nielsen'];
const MAIL_COLUMNS = [
  ...['tenant_id', 'id', 'idempotency_key', 'template', 'locale', 'recipient_email', 'recipient_user_id'],
  ...['workshop_name', 'data', 'sealed_secrets', 'status', 'attempts'],
];

export interface BenchWorkshop {
  readonly id: string;
  readonly name: string;
  readonly locale: MailLocale;
}

export interface LedgerMail {
  readonly tenantId: string;
  readonly id: string;
  /** performance.now() of the addBulk call that enqueued it. */
  enqueuedAt: number;
}

/** One transaction in the workshop's context, like the product's TenantDatabase. */
export function asTenant<T>(pool: Pool, tenantId: string, work: (client: PoolClient) => Promise<T>): Promise<T> {
  return inTenantTransaction(
    pool,
    async (client) => {
      await client.query('begin');
      await client.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
    },
    work,
  );
}

/** Workshops inserted as the application role; the keyring seals as the worker will open. */
export async function seedWorkshops(pool: Pool, secrets: Secrets, count: number) {
  const dataKeys = benchDataKeys(secrets);
  const workshops = Array.from({ length: count }, (_, index) => {
    const id: string = crypto.randomUUID();
    return {
      id,
      index,
      name: `Bench Garage ${index + 1}`,
      ...LOCALES[index % LOCALES.length]!,
      ...dataKeys.generate(id),
    };
  });
  await forEachConcurrently(workshops, INSERT_CONCURRENCY, (w) =>
    asTenant(pool, w.id, (client) =>
      client.query(
        'insert into tenants (id, name, slug, time_zone, country, locale, currency, wrapped_data_key, ' +
          'data_key_wrapped_by) values ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
        [
          w.id,
          w.name,
          `bench-garage-${w.index + 1}`,
          w.timeZone,
          w.country,
          w.locale,
          w.currency,
          w.wrapped,
          w.wrappedBy,
        ],
      ),
    ),
  );
  const wrapped = new Map(workshops.map((w) => [w.id, { wrapped: w.wrapped, wrappedBy: w.wrappedBy }]));
  const keyring = keyringOver(dataKeys, wrapped);
  for (const workshop of workshops) workshop.plaintext.fill(0);
  return { workshops: workshops.map(({ id, name, locale }): BenchWorkshop => ({ id, name, locale })), keyring };
}

/** What MailOutbox is asked for: one of the account mails, with its secret. */
function mailRequest<T extends BenchTemplate>(template: T, serial: number): MailTemplateData[BenchTemplate] {
  const name = NAMES[serial % NAMES.length]!;
  const token = crypto.randomBytes(32).toString('base64url');
  switch (template) {
    case 'email_verification':
      return { name, link: `${PUBLIC_BASE_URL}/verify-email?token=${token}`, addressTaken: 0 };
    case 'password_reset':
      return { name, code: String(crypto.randomInt(1_000_000)).padStart(6, '0'), minutes: 10 };
    case 'email_change':
      return { name, link: `${PUBLIC_BASE_URL}/confirm-email?token=${token}` };
    default:
      throw new Error(`no bench data for ${String(template)}`);
  }
}

/** Before anything is measured: every template renders in every locale with the bench's data. */
export function checkTemplatesRender(workshopName: string): void {
  const renderer = new MailRenderer();
  for (const template of TEMPLATES) {
    for (const { locale } of LOCALES) renderer.render(template, locale, mailRequest(template, 0), workshopName);
  }
}

/** `count` ledger rows spread evenly over the workshops, in batches per workshop, `queued`. */
export async function insertMails(
  pool: Pool,
  keyring: TenantKeyring,
  workshops: readonly BenchWorkshop[],
  count: number,
  tag: string,
): Promise<LedgerMail[]> {
  const rows = new Map<string, unknown[][]>(workshops.map((workshop) => [workshop.id, []]));
  const mails: LedgerMail[] = [];
  for (let serial = 0; serial < count; serial++) {
    const workshop = workshops[serial % workshops.length]!;
    const template = TEMPLATES[serial % TEMPLATES.length]!;
    const id = crypto.randomUUID();
    const secretKeys = new Set<string>(SECRET_FIELDS[template] as readonly string[]);
    const data: Record<string, unknown> = {};
    const secret: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(mailRequest(template, serial))) {
      (secretKeys.has(key) ? secret : data)[key] = value;
    }
    const sealed = await keyring.encrypt(secretsLocation(workshop.id, id), JSON.stringify(secret));
    rows
      .get(workshop.id)!
      .push([
        ...[workshop.id, id, `${template}:${tag}:${serial}`, template, workshop.locale],
        ...[`user-${serial}@bench.pitlane.test`, crypto.randomUUID(), workshop.name, JSON.stringify(data), sealed],
        ...['queued', 0],
      ]);
    mails.push({ tenantId: workshop.id, id, enqueuedAt: NaN });
  }
  const batches = [...rows].flatMap(([tenantId, all]) =>
    chunks(all, INSERT_BATCH).map((batch) => ({ tenantId, batch })),
  );
  await forEachConcurrently(batches, INSERT_CONCURRENCY, ({ tenantId, batch }) => {
    const tuples = batch.map((row, r) => `(${row.map((_, c) => `$${r * MAIL_COLUMNS.length + c + 1}`).join(', ')})`);
    return asTenant(pool, tenantId, (client) =>
      client.query(`insert into mail_messages (${MAIL_COLUMNS.join(', ')}) values ${tuples.join(', ')}`, batch.flat()),
    );
  });
  return mails;
}
