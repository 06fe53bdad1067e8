import { MigrationInterface, QueryRunner } from 'typeorm';
import {
  grantExecuteToApp,
  grantToDefiner,
  ownedByDefiner,
  ownerReadPolicy,
  tenantIsolation,
} from './tenant-table.sql';

/**
 * What platform operators may see, decided by the database (issue 18, items 2 and 4).
 *
 * Usage is counted where it happens, cheaply: `tenant_usage_daily` (one row per workshop and UTC
 * day with any activity) and `tenant_usage_current` (one row per workshop: totals, last activity,
 * 30-day sums) are written by `platform_usage_rollup`, which the worker runs on a schedule. Both
 * are tenant tables like any other (tenant_id first in the key, row-level security forced).
 *
 * The operator role reads none of the tables. It reads the `platform_*` views below, which are
 * owned by the NOLOGIN definer role: a view runs with its owner's privileges and under its owner's
 * row-level security, and the definer's `owner_read` policies let it see every workshop's row of
 * exactly the tables named here. Views rather than SECURITY DEFINER functions, because the planner
 * sees through a view: the tenants list filters, sorts and pages on the join of `tenants` and
 * `tenant_usage_current` with the operator's own WHERE/ORDER BY/LIMIT, and a one-workshop query
 * reaches the views' aggregates through the `tenant_id` index; a definer function is a wall the
 * planner cannot push a condition through. A view exposes only the columns it names (counts,
 * sizes, timestamps, statuses, the tenants' non-secret columns), never a client, vehicle, order
 * or mail row, nor any encrypted or key column. Views with a WHERE of their own are
 * `security_barrier`, so a caller's condition cannot be evaluated on the rows they leave out
 * (uuid equality is leakproof, so a `tenant_id = $1` still reaches the index).
 *
 * Which views the operator role may select is kept in code, `OPERATOR_VIEWS` (operator-views.ts),
 * and granted by `migrateDatabase` after every migration run, so a view added here is invisible to
 * operators until it is listed there, and the catalog test of the operator role sees the same list.
 */
export class PlatformUsage1795432000000 implements MigrationInterface {
  name = 'PlatformUsage1795432000000';

  async up(db: QueryRunner): Promise<void> {
    for (const statement of [
      `create table tenant_usage_daily (
        tenant_id uuid not null references tenants(id) on delete cascade,
        day date not null,
        vehicles_created integer not null default 0,
        orders_created integer not null default 0,
        invoices_issued integer not null default 0,
        mails_sent integer not null default 0,
        mails_failed integer not null default 0,
        active_staff integer not null default 0,
        storage_bytes bigint not null default 0,
        last_activity_at timestamptz,
        rolled_up_at timestamptz not null default now(),
        primary key (tenant_id, day)
      )`,
      // Signups per day and active workshops per week read across workshops by day.
      `create index tenant_usage_daily_day_idx on tenant_usage_daily (day)`,
      ...tenantIsolation('tenant_usage_daily'),
      ...ownerReadPolicy('tenant_usage_daily'),
      `create table tenant_usage_current (
        tenant_id uuid primary key references tenants(id) on delete cascade,
        staff_count integer not null default 0,
        vehicles integer not null default 0,
        clients integer not null default 0,
        orders integer not null default 0,
        invoices integer not null default 0,
        storage_bytes bigint not null default 0,
        last_activity_at timestamptz,
        -- When the owner verified the e-mail address: refreshed on every run, so the list can sort by it.
        owner_verified_at timestamptz,
        vehicles_30d integer not null default 0,
        orders_30d integer not null default 0,
        invoices_30d integer not null default 0,
        mails_sent_30d integer not null default 0,
        mails_failed_30d integer not null default 0,
        rolled_up_at timestamptz not null default now()
      )`,
      ...tenantIsolation('tenant_usage_current'),
      ...ownerReadPolicy('tenant_usage_current'),

      // The rollup's reads: counts through the (tenant_id, created_at) indexes, with the tenant
      // set; no cross-tenant policy on these tables, so row-level security still holds the definer.
      grantToDefiner('vehicles, clients, repair_orders, sessions', 'select'),
      grantToDefiner('tenant_usage_daily, tenant_usage_current', 'insert, update'),
      // The directory's "verified": the owner's verification time, and nothing else of users.
      grantToDefiner('users', 'select (id, email_verified_at)'),

      rollupFunction(),
      ...ownedByDefiner('platform_usage_rollup(date)'),
      ...grantExecuteToApp('platform_usage_rollup(date)'),

      `create view platform_tenants as
        select t.id as tenant_id, t.name, t.slug, t.status, t.country, t.locale, t.currency, t.time_zone,
               t.require_mfa, t.created_at, c.owner_verified_at,
               coalesce(c.staff_count, 0) as staff_count, coalesce(c.vehicles, 0) as vehicles,
               coalesce(c.clients, 0) as clients, coalesce(c.orders, 0) as orders,
               coalesce(c.invoices, 0) as invoices, coalesce(c.storage_bytes, 0) as storage_bytes,
               c.last_activity_at,
               coalesce(c.vehicles_30d, 0) as vehicles_30d, coalesce(c.orders_30d, 0) as orders_30d,
               coalesce(c.invoices_30d, 0) as invoices_30d, coalesce(c.mails_sent_30d, 0) as mails_sent_30d,
               coalesce(c.mails_failed_30d, 0) as mails_failed_30d, c.rolled_up_at
          from tenants t left join tenant_usage_current c on c.tenant_id = t.id`,
      `create view platform_tenant_usage_daily as
        select tenant_id, day, vehicles_created, orders_created, invoices_issued, mails_sent, mails_failed,
               active_staff, storage_bytes, last_activity_at, rolled_up_at
          from tenant_usage_daily`,
      `create view platform_signups_daily as
        select (created_at at time zone 'UTC')::date as day, count(*)::integer as signups
          from tenants group by 1`,
      // The last 53 weeks: a range on the day index, whatever the history grows to.
      `create view platform_active_workshops_weekly as
        select date_trunc('week', day)::date as week, count(distinct tenant_id)::integer as active_workshops
          from tenant_usage_daily
         where day >= date_trunc('week', current_date - 364)::date
           and vehicles_created + orders_created + invoices_issued + mails_sent + active_staff > 0
         group by 1`,
      // Recent problems of a workshop, live: failed mails of the last 14 days by template.
      `create view platform_failed_mails with (security_barrier) as
        select tenant_id, template, count(*)::integer as failed, max(updated_at) as last_failed_at
          from mail_messages
         where status = 'failed' and created_at > now() - interval '14 days'
         group by tenant_id, template`,
      // What waits: the search outbox and queued mails, per workshop.
      `create view platform_tenant_backlog with (security_barrier) as
        select coalesce(o.tenant_id, q.tenant_id) as tenant_id,
               coalesce(o.pending, 0) as outbox_pending, o.oldest_at as outbox_oldest_at,
               coalesce(q.queued, 0) as mails_queued, q.oldest_at as mails_oldest_queued_at
          from (select tenant_id, count(*)::integer as pending, min(created_at) as oldest_at
                  from search_outbox group by tenant_id) o
          full join (select tenant_id, count(*)::integer as queued, min(created_at) as oldest_at
                       from mail_messages where status = 'queued' group by tenant_id) q
            on q.tenant_id = o.tenant_id`,
      // The platform's health at a glance: backlogs over every workshop, the database's size.
      `create view platform_health with (security_barrier) as
        select (select count(*) from search_outbox)::integer as outbox_pending,
               (select min(created_at) from search_outbox) as outbox_oldest_at,
               (select count(*) from mail_messages where status = 'queued')::integer as mails_queued,
               (select min(created_at) from mail_messages where status = 'queued') as mails_oldest_queued_at,
               (select max(rolled_up_at) from tenant_usage_current) as usage_rolled_up_at,
               pg_database_size(current_database()) as database_bytes`,
      ...[
        'platform_tenants',
        'platform_tenant_usage_daily',
        'platform_signups_daily',
        'platform_active_workshops_weekly',
        'platform_failed_mails',
        'platform_tenant_backlog',
        'platform_health',
      ].flatMap((view) => [
        `revoke all on ${view} from public`,
        `do $$ begin execute format('alter view ${view} owner to %I', current_setting('pitlane.definer_role')); end $$`,
      ]),
    ]) {
      await db.query(statement);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const statement of [
      'drop view platform_health',
      'drop view platform_tenant_backlog',
      'drop view platform_failed_mails',
      'drop view platform_active_workshops_weekly',
      'drop view platform_signups_daily',
      'drop view platform_tenant_usage_daily',
      'drop view platform_tenants',
      'drop function platform_usage_rollup(date)',
      `do $$ begin execute format('revoke select on vehicles, clients, repair_orders, sessions, users from %I',
                                  current_setting('pitlane.definer_role')); end $$`,
      'drop table tenant_usage_current',
      'drop table tenant_usage_daily',
    ]) {
      await db.query(statement);
    }
  }
}

/**
 * Rolls up `through` (a UTC day) and the day before, for every workshop, and refreshes each
 * workshop's current totals. It works one workshop at a time with `app.tenant_id` set to it, so
 * row-level security holds every read and write to that workshop, and every statement names the
 * workshop too (the code's wall); the setting the caller had is restored at the end. Per workshop
 * and day the counts are index range scans on (tenant_id, created_at): the cost follows the
 * number of workshops and of that day's rows, never the history. The totals (row counts over a
 * workshop's history) are recounted only for a workshop active in those two days, or never
 * counted yet; the others keep theirs, and only their 30-day sums and the owner's verification
 * time (two index lookups) move. Returns the number of workshops visited. Upserts throughout: a rerun, or two at once, leaves the same rows.
 *
 * Cross-tenant by design, like the due sweeps: it takes no tenant and returns nothing of any.
 * Storage is an estimate: each workshop's rows of the big tables times that table's average
 * row size on disk (indexes and TOAST included), from the catalog.
 */
function rollupFunction(): string {
  const day = (column: string, alias: string) =>
    `${alias}.${column} >= (d.day::timestamp at time zone 'UTC') and ${alias}.${column} < ((d.day + 1)::timestamp at time zone 'UTC')`;
  // JIT off: thousands of tiny statements, each of which JIT compiling would cost more (200 ms
  // apiece, measured) than it runs.
  return `create function platform_usage_rollup(through date) returns integer
    language plpgsql security definer set jit = off as $$
    declare
      caller_tenant text := current_setting('app.tenant_id', true);
      first_day date := through - 1;
      window_start date := through - 29;
      visited integer := 0;
      active boolean;
      tenant uuid;
      bytes_per jsonb;
    begin
      if through is null then
        raise exception 'platform_usage_rollup needs a day' using errcode = '22004';
      end if;
      select jsonb_object_agg(c.relname,
               case when c.reltuples > 0 then pg_total_relation_size(c.oid) / c.reltuples else 512 end)
        into bytes_per
        from pg_class c
       where c.relnamespace = 'public'::regnamespace
         and c.relname in ('clients', 'vehicles', 'repair_orders', 'invoices', 'mail_messages', 'appointments');

      for tenant in select t.id from tenants t order by t.id loop
        perform set_config('app.tenant_id', tenant::text, true);
        visited := visited + 1;

        insert into tenant_usage_daily as u (tenant_id, day, vehicles_created, orders_created, invoices_issued,
                                             mails_sent, mails_failed, active_staff, rolled_up_at)
        select tenant, n.day, n.vehicles, n.orders, n.invoices, n.sent, n.failed, n.staff, now()
          from (select d.day,
                       (select count(*) from vehicles v where v.tenant_id = tenant and ${day('created_at', 'v')}) as vehicles,
                       (select count(*) from repair_orders o where o.tenant_id = tenant and ${day('created_at', 'o')}) as orders,
                       (select count(*) from invoices i where i.tenant_id = tenant and ${day('issued_at', 'i')}) as invoices,
                       (select count(*) filter (where m.status = 'sent') from mail_messages m
                         where m.tenant_id = tenant and ${day('created_at', 'm')}) as sent,
                       (select count(*) filter (where m.status = 'failed') from mail_messages m
                         where m.tenant_id = tenant and ${day('created_at', 'm')}) as failed,
                       (select count(distinct s.user_id) from sessions s
                         where s.tenant_id = tenant and ${day('last_seen_at', 's')}) as staff
                  from (values (first_day), (through)) as d(day)) n
         where n.vehicles + n.orders + n.invoices + n.sent + n.failed + n.staff > 0
            or exists (select 1 from tenant_usage_daily e where e.tenant_id = tenant and e.day = n.day)
        on conflict (tenant_id, day) do update
          set vehicles_created = excluded.vehicles_created, orders_created = excluded.orders_created,
              invoices_issued = excluded.invoices_issued, mails_sent = excluded.mails_sent,
              mails_failed = excluded.mails_failed, active_staff = excluded.active_staff,
              rolled_up_at = excluded.rolled_up_at;

        active := exists (select 1 from tenant_usage_daily e
                           where e.tenant_id = tenant and e.day between first_day and through
                             and e.vehicles_created + e.orders_created + e.invoices_issued + e.mails_sent
                                 + e.mails_failed + e.active_staff > 0)
               or not exists (select 1 from tenant_usage_current c where c.tenant_id = tenant);

        if active then
          insert into tenant_usage_current as c (tenant_id, staff_count, vehicles, clients, orders, invoices,
                                                 storage_bytes, last_activity_at, rolled_up_at)
          select tenant, n.staff, n.vehicles, n.clients, n.orders, n.invoices,
                 round(n.vehicles * (bytes_per->>'vehicles')::numeric + n.clients * (bytes_per->>'clients')::numeric
                       + n.orders * (bytes_per->>'repair_orders')::numeric
                       + n.invoices * (bytes_per->>'invoices')::numeric
                       + n.mails * (bytes_per->>'mail_messages')::numeric
                       + n.appointments * (bytes_per->>'appointments')::numeric)::bigint,
                 n.last_seen, now()
            from (select (select count(*) from memberships m where m.tenant_id = tenant) as staff,
                         (select count(*) from vehicles v where v.tenant_id = tenant) as vehicles,
                         (select count(*) from clients k where k.tenant_id = tenant) as clients,
                         (select count(*) from repair_orders o where o.tenant_id = tenant) as orders,
                         (select count(*) from invoices i where i.tenant_id = tenant) as invoices,
                         (select count(*) from mail_messages m where m.tenant_id = tenant) as mails,
                         (select count(*) from appointments a where a.tenant_id = tenant) as appointments,
                         (select max(s.last_seen_at) from sessions s where s.tenant_id = tenant) as last_seen) n
          on conflict (tenant_id) do update
            set staff_count = excluded.staff_count, vehicles = excluded.vehicles, clients = excluded.clients,
                orders = excluded.orders, invoices = excluded.invoices, storage_bytes = excluded.storage_bytes,
                last_activity_at = greatest(c.last_activity_at, excluded.last_activity_at),
                rolled_up_at = excluded.rolled_up_at;
        end if;

        update tenant_usage_current c
           set vehicles_30d = w.vehicles, orders_30d = w.orders, invoices_30d = w.invoices,
               mails_sent_30d = w.sent, mails_failed_30d = w.failed, rolled_up_at = now(),
               owner_verified_at = (select min(u.email_verified_at) from memberships m join users u on u.id = m.user_id
                                     where m.tenant_id = tenant and m.role = 'owner')
          from (select coalesce(sum(e.vehicles_created), 0) as vehicles, coalesce(sum(e.orders_created), 0) as orders,
                       coalesce(sum(e.invoices_issued), 0) as invoices, coalesce(sum(e.mails_sent), 0) as sent,
                       coalesce(sum(e.mails_failed), 0) as failed
                  from tenant_usage_daily e
                 where e.tenant_id = tenant and e.day between window_start and through) w
         where c.tenant_id = tenant;

        update tenant_usage_daily e
           set storage_bytes = c.storage_bytes, last_activity_at = c.last_activity_at
          from tenant_usage_current c
         where e.tenant_id = tenant and e.day = through and c.tenant_id = tenant;
      end loop;

      perform set_config('app.tenant_id', coalesce(caller_tenant, ''), true);
      return visited;
    end
    $$`;
}
