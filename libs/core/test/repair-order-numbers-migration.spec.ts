import { randomUUID } from 'node:crypto';
import { createIsolatedDatabase, IsolatedDatabase } from '../../../test/support/isolated-database';
import { runnerOver } from '../../../test/support/migration-runner';
import { withClient } from '../../../test/support/test-api';
import { RepairOrderNumbers1795360000000 } from '../src/database/migrations/1795360000000-repair-order-numbers';

/**
 * The backfill numbers the orders that exist when the migration runs, per workshop in the order
 * they were opened, and runs as the owner role that row-level security is forced on. A database
 * of its own: the migration is taken down and up again, which the shared one cannot afford.
 */
describe('migration 1795360000000-repair-order-numbers', () => {
  let database: IsolatedDatabase;
  const migration = new RepairOrderNumbers1795360000000();
  const [a, b] = [randomUUID(), randomUUID()];
  const orders = { a: [] as string[], b: [] as string[] };

  beforeAll(async () => {
    database = await createIsolatedDatabase();
    await withClient(database.migrationUrl, (client) => migration.down(runnerOver(client)));
  });

  afterAll(() => database?.drop());

  it('numbers existing orders by opening time per workshop, starts each counter after them, and forces RLS again', async () => {
    // Orders of the pre-numbers schema, opened out of insertion order, two of them at one instant.
    const opened = {
      a: ['2026-03-01T10:00Z', '2026-01-05T09:00Z', '2026-02-01T08:00Z', '2026-02-01T08:00Z'],
      b: ['2026-02-10T12:00Z', '2025-12-31T23:00Z'],
    };
    await withClient(database.adminUrl, async (client) => {
      for (const [tenant, key] of [
        [a, 'a'],
        [b, 'b'],
      ] as const) {
        await client.query(
          `insert into tenants (id, name, slug, time_zone, country, locale, currency, wrapped_data_key, data_key_wrapped_by)
           values ($1, $2, $2, 'Europe/Warsaw', 'PL', 'pl', 'PLN', '\\x00', 'test')`,
          [tenant, `backfill-${key}`],
        );
        const vehicle = randomUUID();
        await client.query(`insert into vehicles (tenant_id, id, make, model) values ($1, $2, 'Skoda', 'Fabia')`, [
          tenant,
          vehicle,
        ]);
        for (const at of opened[key]) {
          const id = randomUUID();
          orders[key].push(id);
          await client.query(
            `insert into repair_orders (tenant_id, id, vehicle_id, currency, created_at) values ($1, $2, $3, 'PLN', $4)`,
            [tenant, id, vehicle, at],
          );
        }
      }
      // Estimate mails of A's third order: one waiting to go (needs the number the template now
      // names), one already sent (left as it was mailed).
      for (const [version, status] of [
        [1, 'sent'],
        [2, 'queued'],
      ] as const) {
        await client.query(
          `insert into mail_messages (tenant_id, id, idempotency_key, template, locale, recipient_email, workshop_name, data, status)
           values ($1, $2, $3, 'estimate_sent', 'pl', 'jan@example.test', 'Backfill A', $4, $5)`,
          [a, randomUUID(), `estimate_sent:${orders.a[2]}:${version}`, { name: 'Jan', version }, status],
        );
      }
    });

    await withClient(database.migrationUrl, async (client) => {
      // As the migration connection sets it (data-source.ts): whom the grants go to.
      await client.query(`select set_config('pitlane.app_role', 'pitlane_test_app', false)`);
      await client.query('begin');
      await migration.up(runnerOver(client));
      await client.query('commit');
    });

    const after = await withClient(database.adminUrl, async (client) => ({
      numbers: (
        await client.query<{ tenant_id: string; id: string; number: number }>(
          `select tenant_id, id, number from repair_orders where tenant_id = any($1) order by number`,
          [[a, b]],
        )
      ).rows,
      counters: (
        await client.query<{ tenant_id: string; last_number: number }>(
          `select tenant_id, last_number from repair_order_counters order by last_number`,
        )
      ).rows,
      mails: (
        await client.query<{ status: string; order_number: number | null }>(
          `select status, (data->>'orderNumber')::int as order_number from mail_messages where tenant_id = $1 order by status`,
          [a],
        )
      ).rows,
      catalog: (
        await client.query<{ relname: string; forced: boolean; number_nullable: boolean }>(
          `select c.relname, c.relforcerowsecurity as forced,
                  not coalesce((select attnotnull from pg_attribute where attrelid = c.oid and attname = 'number'), true)
                    as number_nullable
             from pg_class c where c.relname in ('repair_orders', 'mail_messages', 'repair_order_counters')
            order by c.relname`,
        )
      ).rows,
    }));
    const numbersOf = (tenant: string) =>
      after.numbers.filter((row) => row.tenant_id === tenant).map((row) => [row.id, row.number]);
    // A: 05.01 (second inserted), the two at 01.02 (tie broken by id), 01.03 (first inserted).
    const tie = [orders.a[2]!, orders.a[3]!].sort();
    expect(numbersOf(a)).toEqual([
      [orders.a[1], 1],
      [tie[0], 2],
      [tie[1], 3],
      [orders.a[0], 4],
    ]);
    expect(numbersOf(b)).toEqual([
      [orders.b[1], 1],
      [orders.b[0], 2],
    ]);
    expect(after.counters).toEqual([
      { tenant_id: b, last_number: 2 },
      { tenant_id: a, last_number: 4 },
    ]);
    const third = after.numbers.find((row) => row.id === orders.a[2])!.number;
    expect(after.mails).toEqual([
      { status: 'queued', order_number: third },
      { status: 'sent', order_number: null },
    ]);
    expect(after.catalog).toEqual([
      { relname: 'mail_messages', forced: true, number_nullable: false },
      { relname: 'repair_order_counters', forced: true, number_nullable: false },
      { relname: 'repair_orders', forced: true, number_nullable: false },
    ]);

    // The application role continues each workshop's series where the backfill left it.
    const next = await withClient(database.appUrl, async (client) => {
      await client.query('begin');
      await client.query(`select set_config('app.tenant_id', $1, true)`, [a]);
      const row = await client.query<{ last_number: number }>(
        `insert into repair_order_counters (tenant_id, last_number) values ($1, 1)
         on conflict (tenant_id) do update set last_number = repair_order_counters.last_number + 1
         returning last_number`,
        [a],
      );
      await client.query('rollback');
      return row.rows[0]!.last_number;
    });
    expect(next).toBe(5);
  });
});
