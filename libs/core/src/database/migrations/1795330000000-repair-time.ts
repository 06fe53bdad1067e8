import { MigrationInterface, QueryRunner } from 'typeorm';
import { grantToApp, tenantIsolation } from './tenant-table.sql';

/**
 * Repairs, mechanics and time: who works on an order, which labour line a mechanic answers for,
 * and the time clocked on labour lines. The database itself keeps the clock honest:
 * - an entry belongs to a line of its own order (foreign key on (tenant, order, line));
 * - its user is assigned to the order when the entry is written, so a member of the workshop
 *   (trigger; the assignment's foreign key to memberships makes the membership follow);
 * - it is clocked on a labour line (same trigger);
 * - it ends after it starts;
 * - one mechanic has at most one running entry (partial unique index), and never two entries
 *   that overlap in time (exclusion constraint, a running entry reaching to infinity).
 * History outlives the workshop membership: an entry's user references `users`, so removing a
 * member keeps the hours they clocked (their assignments go with the membership).
 */
export class RepairTime1795330000000 implements MigrationInterface {
  name = 'RepairTime1795330000000';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      // The scheduling migration installs it; repeated so this migration stands on its own.
      `create extension if not exists btree_gist`,

      `create table repair_order_mechanics (
        tenant_id uuid not null,
        order_id uuid not null,
        user_id uuid not null,
        assigned_at timestamptz not null default now(),
        assigned_by uuid references users (id) on delete set null,
        primary key (tenant_id, order_id, user_id),
        foreign key (tenant_id, order_id) references repair_orders (tenant_id, id) on delete cascade,
        -- Leaving the workshop ends the assignments; the clocked time stays (see time_entries).
        foreign key (tenant_id, user_id) references memberships (tenant_id, user_id) on delete cascade
      )`,
      `create index repair_order_mechanics_user_idx on repair_order_mechanics (tenant_id, user_id)`,
      ...tenantIsolation('repair_order_mechanics'),
      grantToApp('repair_order_mechanics', 'select, insert, delete'),

      // The mechanic who answers for a labour line must be assigned to its order. When an
      // assignment ends through the membership cascade, the line simply has nobody any more;
      // the API refuses to unassign someone who still answers for a line.
      `alter table repair_order_lines add column mechanic_user_id uuid`,
      `alter table repair_order_lines add constraint repair_order_lines_order_line_key unique (tenant_id, order_id, id)`,
      `alter table repair_order_lines add constraint repair_order_lines_mechanic_fk
        foreign key (tenant_id, order_id, mechanic_user_id)
        references repair_order_mechanics (tenant_id, order_id, user_id) on delete set null (mechanic_user_id)`,
      `alter table repair_order_lines add constraint repair_order_lines_mechanic_labour
        check (mechanic_user_id is null or kind = 'labour')`,
      `create index repair_order_lines_mechanic_idx on repair_order_lines (tenant_id, mechanic_user_id)
        where mechanic_user_id is not null`,

      // `stopped_by` says why a clock stopped: the mechanic, a clock started elsewhere (switch),
      // the order leaving in_progress (status) or a manager's correction.
      `create table time_entries (
        tenant_id uuid not null references tenants (id) on delete cascade,
        id uuid not null,
        order_id uuid not null,
        line_id uuid not null,
        user_id uuid not null references users (id),
        started_at timestamptz not null,
        stopped_at timestamptz,
        stopped_by text check (stopped_by in ('mechanic', 'switch', 'status', 'correction', 'left')),
        created_by uuid references users (id) on delete set null,
        created_at timestamptz not null default now(),
        primary key (tenant_id, id),
        constraint time_entries_order_fk foreign key (tenant_id, order_id)
          references repair_orders (tenant_id, id) on delete cascade,
        -- Restrict: a line with clocked time cannot be removed (the API answers 409).
        constraint time_entries_line_fk foreign key (tenant_id, order_id, line_id)
          references repair_order_lines (tenant_id, order_id, id),
        constraint time_entries_stop_after_start check (stopped_at is null or stopped_at > started_at),
        constraint time_entries_no_overlap exclude using gist (
          tenant_id with =,
          user_id with =,
          tstzrange(started_at, coalesce(stopped_at, 'infinity'), '[)') with &&
        )
      )`,
      `create unique index time_entries_one_running on time_entries (tenant_id, user_id) where stopped_at is null`,
      `create index time_entries_order_idx on time_entries (tenant_id, order_id, line_id)`,
      `create index time_entries_running_order_idx on time_entries (tenant_id, order_id) where stopped_at is null`,
      `create index time_entries_user_started_idx on time_entries (tenant_id, user_id, started_at)`,
      ...tenantIsolation('time_entries'),
      // No delete for the application role would be nicer, but managers delete wrong entries
      // (with a reason, audited); mechanics never reach this through the API.
      grantToApp('time_entries', 'select, insert, update, delete'),

      // What a manager changed in the clocked history and why, before and after; kept when the
      // entry itself is deleted (no foreign key to it), never changed (select, insert only).
      `create table time_entry_corrections (
        tenant_id uuid not null references tenants (id) on delete cascade,
        id uuid not null,
        entry_id uuid not null,
        order_id uuid not null,
        kind text not null check (kind in ('corrected', 'deleted')),
        reason text not null check (char_length(btrim(reason)) between 1 and 500),
        started_before timestamptz not null,
        stopped_before timestamptz,
        started_after timestamptz,
        stopped_after timestamptz,
        corrected_by uuid references users (id) on delete set null,
        corrected_at timestamptz not null default clock_timestamp(),
        primary key (tenant_id, id),
        foreign key (tenant_id, order_id) references repair_orders (tenant_id, id) on delete cascade
      )`,
      `create index time_entry_corrections_entry_idx on time_entry_corrections (tenant_id, entry_id)`,
      ...tenantIsolation('time_entry_corrections'),
      grantToApp('time_entry_corrections', 'select, insert'),

      // Runs as the caller, under its row-level security: it sees only the entry's own workshop.
      `create function time_entries_check_line_and_user() returns trigger language plpgsql as $$
        begin
          if not exists (select 1 from repair_order_lines l
                          where l.tenant_id = new.tenant_id and l.order_id = new.order_id
                            and l.id = new.line_id and l.kind = 'labour') then
            raise exception 'time is clocked on labour lines only' using errcode = '23514',
              constraint = 'time_entries_labour_line';
          end if;
          if not exists (select 1 from repair_order_mechanics m
                          where m.tenant_id = new.tenant_id and m.order_id = new.order_id
                            and m.user_id = new.user_id) then
            raise exception 'time is clocked by mechanics assigned to the order' using errcode = '23514',
              constraint = 'time_entries_assigned_mechanic';
          end if;
          return new;
        end
      $$`,
      `create trigger time_entries_check_line_and_user
        before insert or update of order_id, line_id, user_id on time_entries
        for each row execute function time_entries_check_line_and_user()`,

      // The API never unassigns someone with time on the order; an assignment ends otherwise only
      // when the person leaves the workshop (membership cascade). A clock they left running
      // stops then, instead of counting for ever.
      `create function repair_order_mechanics_stop_clocks() returns trigger language plpgsql as $$
        begin
          update time_entries set stopped_at = clock_timestamp(), stopped_by = 'left'
           where tenant_id = old.tenant_id and order_id = old.order_id and user_id = old.user_id
             and stopped_at is null;
          return old;
        end
      $$`,
      `create trigger repair_order_mechanics_stop_clocks after delete on repair_order_mechanics
        for each row execute function repair_order_mechanics_stop_clocks()`,
    ];
    for (const statement of statements) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('drop table if exists time_entry_corrections, time_entries');
    await db.query('drop function if exists time_entries_check_line_and_user()');
    await db.query('drop trigger if exists repair_order_mechanics_stop_clocks on repair_order_mechanics');
    await db.query('drop function if exists repair_order_mechanics_stop_clocks()');
    await db.query(`alter table repair_order_lines drop constraint if exists repair_order_lines_mechanic_fk,
      drop constraint if exists repair_order_lines_mechanic_labour,
      drop constraint if exists repair_order_lines_order_line_key,
      drop column if exists mechanic_user_id`);
    await db.query('drop table if exists repair_order_mechanics');
  }
}
