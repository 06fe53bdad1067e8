import { MigrationInterface, QueryRunner } from 'typeorm';
import { grantToApp, tenantIsolation } from './tenant-table.sql';

/**
 * Human-readable repair order numbers: 1, 2, 3… per workshop (docs/repairs.md, "Order numbers").
 *
 * `repair_order_counters` holds each workshop's last number. The creating transaction takes the
 * next one with an upsert (the row is created by the workshop's first order, race-safely), which
 * locks the row until commit: a rollback gives the number back, so numbers have no gaps.
 *
 * Orders that already exist are numbered in the order they were opened (created_at, then id for
 * a tie) and each counter starts after its workshop's last backfilled number. The owner runs the
 * migration but row-level security is forced on it too, so forcing is lifted on `repair_orders`
 * for the backfill only, inside this migration's transaction; the counters are filled before
 * their own policy exists.
 */
export class RepairOrderNumbers1795360000000 implements MigrationInterface {
  name = 'RepairOrderNumbers1795360000000';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      `create table repair_order_counters (
        tenant_id uuid not null references tenants (id) on delete cascade,
        last_number integer not null check (last_number >= 0),
        primary key (tenant_id)
      )`,
      `alter table repair_orders add column number integer check (number > 0)`,
      ...ORDER_NUMBER_BACKFILL,
      `alter table repair_orders alter column number set not null`,
      // Also the index behind `?number=` and `sort=number`.
      `alter table repair_orders add constraint repair_orders_number_key unique (tenant_id, number)`,
      ...tenantIsolation('repair_order_counters'),
      grantToApp('repair_order_counters', 'select, insert, update'),
      // Printed on invoices and credit notes issued from now on; null on earlier ones, which
      // must re-render exactly as they were mailed (invoices are immutable).
      `alter table invoices add column repair_order_number integer check (repair_order_number > 0)`,
      ...ESTIMATE_MAILS_BACKFILL,
    ];
    for (const statement of statements) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('alter table invoices drop column if exists repair_order_number');
    await db.query('alter table repair_orders drop column if exists number');
    await db.query('drop table if exists repair_order_counters');
  }
}

/** Numbers every order in opening order per workshop and sets each counter to its last number. */
const ORDER_NUMBER_BACKFILL = [
  `alter table repair_orders no force row level security`,
  `update repair_orders o set number = numbered.number
     from (select tenant_id, id, row_number() over (partition by tenant_id order by created_at, id) as number
             from repair_orders) numbered
    where o.tenant_id = numbered.tenant_id and o.id = numbered.id`,
  `insert into repair_order_counters (tenant_id, last_number)
     select tenant_id, max(number) from repair_orders group by tenant_id`,
  `alter table repair_orders force row level security`,
];

/**
 * The estimate mail now names the order and the renderer refuses a mail missing a variable, so
 * estimate mails queued before this release (not sent yet, or failed and retryable by hand) get
 * their order's number, found through the ledger key `estimate_sent:<order id>:<version>`.
 */
const ESTIMATE_MAILS_BACKFILL = [
  `alter table mail_messages no force row level security`,
  `alter table repair_orders no force row level security`,
  `update mail_messages m set data = m.data || jsonb_build_object('orderNumber', o.number)
     from repair_orders o
    where m.template = 'estimate_sent' and m.status <> 'sent' and not (m.data ? 'orderNumber')
      and o.tenant_id = m.tenant_id and o.id::text = split_part(m.idempotency_key, ':', 2)`,
  `alter table repair_orders force row level security`,
  `alter table mail_messages force row level security`,
];
