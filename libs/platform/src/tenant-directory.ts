import { Injectable } from '@nestjs/common';
import { Page, resolveSort, ValidationFailedError } from '@pitlane/core';
import { OperatorDatabase } from './operator-database';
import { dayRange } from './usage-days';

/**
 * One workshop as the operators' list shows it: the tenants' non-secret columns and usage figures.
 * The figures come from the rollup (every 10 minutes): a workshop it has not seen yet (signed up
 * since) has them all null, "not counted yet", never a 0 that reads as "nothing happened".
 */
export interface TenantSummary {
  readonly tenantId: string;
  readonly name: string;
  readonly slug: string;
  readonly status: 'active' | 'suspended';
  readonly country: string;
  readonly locale: string;
  readonly createdAt: Date;
  /** When the owner verified the e-mail address, as of the last rollup (at most 10 minutes old); null while not. */
  readonly verifiedAt: Date | null;
  readonly staffCount: number | null;
  readonly vehicles: number | null;
  readonly clients: number | null;
  readonly orders: number | null;
  readonly invoices: number | null;
  readonly storageBytes: number | null;
  readonly lastActivityAt: Date | null;
  readonly vehicles30d: number | null;
  readonly orders30d: number | null;
  readonly invoices30d: number | null;
  readonly mailsSent30d: number | null;
  readonly mailsFailed30d: number | null;
  /** When the usage figures were last rolled up; null before the first rollup saw the workshop. */
  readonly usageRolledUpAt: Date | null;
}

export interface TenantListQuery {
  /** Part of the name or slug, case-insensitive. */
  readonly search?: string;
  /** A field of TENANT_SORT_FIELDS, "-" first for descending; default newest first. */
  readonly sort?: string;
  readonly page: number;
  readonly limit: number;
}

export interface TenantUsageDay {
  readonly day: string;
  readonly vehiclesCreated: number;
  readonly ordersCreated: number;
  readonly invoicesIssued: number;
  readonly mailsSent: number;
  readonly mailsFailed: number;
  readonly activeStaff: number;
  readonly storageBytes: number | null;
}

export interface TenantProblems {
  /** Failed mails of the last 14 days, by template (never recipients or contents). */
  readonly failedMails: readonly { readonly template: string; readonly failed: number; readonly lastFailedAt: Date }[];
  readonly outboxPending: number;
  readonly outboxOldestAt: Date | null;
  readonly mailsQueued: number;
  readonly mailsOldestQueuedAt: Date | null;
}

/**
 * API sort names -> the view's columns. Ties break by tenant id, so pages never overlap. Every
 * column but the tenants' own comes from the rollup; sorting by one puts the workshops it has not
 * counted yet last, whichever the direction (the view shows their figures as 0).
 */
export const TENANT_SORT_FIELDS: Readonly<Record<string, string>> = {
  name: 'name',
  slug: 'slug',
  createdAt: 'created_at',
  verifiedAt: 'owner_verified_at',
  staffCount: 'staff_count',
  lastActivityAt: 'last_activity_at',
  vehicles: 'vehicles',
  vehicles30d: 'vehicles_30d',
  orders30d: 'orders_30d',
  invoices30d: 'invoices_30d',
  mailsSent30d: 'mails_sent_30d',
  mailsFailed30d: 'mails_failed_30d',
  storageBytes: 'storage_bytes',
};

/** The columns of the tenants table itself: known from signup, never waiting for the rollup. */
const SIGNUP_SORT_COLUMNS: ReadonlySet<string> = new Set(['name', 'slug', 'created_at']);

const SUMMARY_COLUMNS = `tenant_id, name, slug, status, country, locale, created_at, owner_verified_at, staff_count,
  vehicles, clients, orders, invoices, storage_bytes, last_activity_at, vehicles_30d, orders_30d, invoices_30d,
  mails_sent_30d, mails_failed_30d, rolled_up_at`;

interface SummaryRow {
  tenant_id: string;
  name: string;
  slug: string;
  status: 'active' | 'suspended';
  country: string;
  locale: string;
  created_at: Date;
  owner_verified_at: Date | null;
  staff_count: number;
  vehicles: number;
  clients: number;
  orders: number;
  invoices: number;
  storage_bytes: string;
  last_activity_at: Date | null;
  vehicles_30d: number;
  orders_30d: number;
  invoices_30d: number;
  mails_sent_30d: number;
  mails_failed_30d: number;
  rolled_up_at: Date | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The operators' directory of workshops, read through the operator role from the aggregate views
 * (platform_tenants joins each workshop to its rolled-up usage: no scan of tenant data per page).
 */
@Injectable()
export class TenantDirectory {
  constructor(private readonly database: OperatorDatabase) {}

  async list(query: TenantListQuery): Promise<Page<TenantSummary>> {
    const order = resolveSort(query.sort, TENANT_SORT_FIELDS, { column: 'created_at', direction: 'DESC' });
    const notCountedLast = SIGNUP_SORT_COLUMNS.has(order.column) ? '' : 'rolled_up_at is null, ';
    const orderBy = `${notCountedLast}${order.column} ${order.direction} nulls last, tenant_id`;
    const search = query.search?.trim() ? `%${query.search.trim().replace(/[\\%_]/g, '\\$&')}%` : null;
    const where = 'where ($1::text is null or name ilike $1 or slug ilike $1)';
    const [rows, [count]] = await Promise.all([
      // The page's ids first, sorting only the key (the view drops the columns nobody reads, and
      // the join when the key is the tenants'), then the 50 rows by primary key.
      this.database.query<SummaryRow>(
        `select ${SUMMARY_COLUMNS} from platform_tenants
          where tenant_id in (select tenant_id from platform_tenants ${where}
                               order by ${orderBy} limit $2 offset $3)
          order by ${orderBy}`,
        [search, query.limit, (query.page - 1) * query.limit],
      ),
      this.database.query<{ total: number }>(`select count(*)::integer as total from platform_tenants ${where}`, [
        search,
      ]),
    ]);
    return { items: rows.map(toSummary), page: query.page, limit: query.limit, total: count?.total ?? 0 };
  }

  /** One workshop, or null when there is none with that id. */
  async get(tenantId: string): Promise<TenantSummary | null> {
    if (!UUID.test(tenantId)) return null;
    const [row] = await this.database.query<SummaryRow>(
      `select ${SUMMARY_COLUMNS} from platform_tenants where tenant_id = $1`,
      [tenantId],
    );
    return row ? toSummary(row) : null;
  }

  /** A workshop's usage per UTC day from `from` to `to` (at most a year), days without activity as zeros. */
  async usage(tenantId: string, from: string, to: string): Promise<TenantUsageDay[]> {
    const days = dayRange(from, to, 366);
    if (!UUID.test(tenantId)) throw new ValidationFailedError([{ field: 'tenantId', message: 'must be a UUID' }]);
    const rows = await this.database.query<{
      day: string;
      vehicles_created: number;
      orders_created: number;
      invoices_issued: number;
      mails_sent: number;
      mails_failed: number;
      active_staff: number;
      storage_bytes: string;
    }>(
      `select to_char(day, 'YYYY-MM-DD') as day, vehicles_created, orders_created, invoices_issued, mails_sent,
              mails_failed, active_staff, storage_bytes
         from platform_tenant_usage_daily
        where tenant_id = $1 and day between $2::date and $3::date`,
      [tenantId, from, to],
    );
    const byDay = new Map(rows.map((row) => [row.day, row]));
    return days.map((day) => {
      const row = byDay.get(day);
      return {
        day,
        vehiclesCreated: row?.vehicles_created ?? 0,
        ordersCreated: row?.orders_created ?? 0,
        invoicesIssued: row?.invoices_issued ?? 0,
        mailsSent: row?.mails_sent ?? 0,
        mailsFailed: row?.mails_failed ?? 0,
        activeStaff: row?.active_staff ?? 0,
        storageBytes: row ? Number(row.storage_bytes) : null,
      };
    });
  }

  /** What is going wrong for a workshop now: recent failed mails, its search outbox and mail backlog. */
  async problems(tenantId: string): Promise<TenantProblems> {
    if (!UUID.test(tenantId)) throw new ValidationFailedError([{ field: 'tenantId', message: 'must be a UUID' }]);
    const [failed, backlog] = await Promise.all([
      this.database.query<{ template: string; failed: number; last_failed_at: Date }>(
        `select template, failed, last_failed_at from platform_failed_mails where tenant_id = $1
          order by last_failed_at desc, template`,
        [tenantId],
      ),
      this.database.query<{
        outbox_pending: number;
        outbox_oldest_at: Date | null;
        mails_queued: number;
        mails_oldest_queued_at: Date | null;
      }>(
        `select outbox_pending, outbox_oldest_at, mails_queued, mails_oldest_queued_at
           from platform_tenant_backlog where tenant_id = $1`,
        [tenantId],
      ),
    ]);
    const waiting = backlog[0];
    return {
      failedMails: failed.map((row) => ({
        template: row.template,
        failed: row.failed,
        lastFailedAt: row.last_failed_at,
      })),
      outboxPending: waiting?.outbox_pending ?? 0,
      outboxOldestAt: waiting?.outbox_oldest_at ?? null,
      mailsQueued: waiting?.mails_queued ?? 0,
      mailsOldestQueuedAt: waiting?.mails_oldest_queued_at ?? null,
    };
  }
}

function toSummary(row: SummaryRow): TenantSummary {
  // The view coalesces a workshop the rollup has not seen to zeros: say "not counted" instead.
  const counted = row.rolled_up_at !== null;
  const figure = (value: number): number | null => (counted ? value : null);
  return {
    tenantId: row.tenant_id,
    name: row.name,
    slug: row.slug,
    status: row.status,
    country: row.country,
    locale: row.locale,
    createdAt: row.created_at,
    verifiedAt: row.owner_verified_at,
    staffCount: figure(row.staff_count),
    vehicles: figure(row.vehicles),
    clients: figure(row.clients),
    orders: figure(row.orders),
    invoices: figure(row.invoices),
    storageBytes: figure(Number(row.storage_bytes)),
    lastActivityAt: row.last_activity_at,
    vehicles30d: figure(row.vehicles_30d),
    orders30d: figure(row.orders_30d),
    invoices30d: figure(row.invoices_30d),
    mailsSent30d: figure(row.mails_sent_30d),
    mailsFailed30d: figure(row.mails_failed_30d),
    usageRolledUpAt: row.rolled_up_at,
  };
}
