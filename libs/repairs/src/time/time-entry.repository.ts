import { Injectable } from '@nestjs/common';
import { TenantRepository } from '@pitlane/core';
import { LineApproval } from '../orders/repair-order-line.entity';
import { ENTRY_COLUMNS, TimeEntryRow } from './time-entry.response';

/** Clocked seconds of `e` up to `now.at`, summed, as hundredths of hours rounded half up. */
const CLOCKED = `coalesce(round(extract(epoch from sum(coalesce(e.stopped_at, now.at) - e.started_at)) / 36), 0)::int`;

export interface NewTimeEntry {
  readonly id: string;
  readonly orderId: string;
  readonly lineId: string;
  readonly userId: string;
}

export interface ManualTimeEntry extends NewTimeEntry {
  readonly startedAt: string;
  readonly stoppedAt: string;
  readonly reason: string;
  readonly correctionId: string;
  readonly by: string;
}

export interface TimeEntryCorrection {
  readonly entryId: string;
  readonly orderId: string;
  readonly startedAt: string | null;
  readonly stoppedAt: string | null;
  readonly reason: string;
  readonly correctionId: string;
  readonly by: string;
}

export interface LineTimeRow {
  id: string;
  position: number;
  description: string;
  approval: LineApproval;
  mechanic_user_id: string | null;
  estimated: number;
  clocked: number;
  running: number;
}

export interface MechanicTimeRow {
  user_id: string;
  name: string;
  assigned: boolean;
  sold: number;
  clocked: number;
  running: boolean;
}

/**
 * Time entries and their corrections: the only SQL on time_entries and time_entry_corrections,
 * and the order-time read model over them. Every statement binds the open transaction's tenant
 * first ($1), also in joins, subqueries and CTEs, so the (tenant_id, ...) indexes serve it and
 * a role that bypasses row-level security still sees one workshop only. Times come from the
 * database's clock.
 */
@Injectable()
export class TimeEntryRepository extends TenantRepository {
  /** Serialises clock changes of one person (per transaction; released at commit or rollback). */
  async lockClockOf(userId: string): Promise<void> {
    await this.manager.query(`select pg_advisory_xact_lock(hashtext('time_entries'), hashtext($1 || ':' || $2))`, [
      this.tenantId,
      userId,
    ]);
  }

  /** The database's instant, kept as text so no microsecond is lost on the way through Node. */
  async instant(): Promise<string> {
    const [{ at }] = await this.manager.query<[{ at: string }]>('select clock_timestamp()::text as at');
    return at;
  }

  /** The database's instant as a Date (milliseconds). */
  async now(): Promise<Date> {
    const [{ at }] = await this.manager.query<[{ at: Date }]>('select clock_timestamp() as at');
    return at;
  }

  async runningOf(userId: string, lock = false): Promise<TimeEntryRow | undefined> {
    const [row] = await this.manager.query<TimeEntryRow[]>(
      `select ${ENTRY_COLUMNS} from time_entries e
        where e.tenant_id = $1 and e.user_id = $2 and e.stopped_at is null${lock ? ' for update' : ''}`,
      [this.tenantId, userId],
    );
    return row;
  }

  /** Stops the entry at `at` because its person started a clock elsewhere. */
  async stopSwitched(entryId: string, at: string): Promise<TimeEntryRow> {
    // An update answers [rows, count] through TypeORM.
    const [[row]] = await this.manager.query<[TimeEntryRow[], number]>(
      `update time_entries as e set stopped_at = $3::timestamptz, stopped_by = 'switch'
        where e.tenant_id = $1 and e.id = $2 returning ${ENTRY_COLUMNS}`,
      [this.tenantId, entryId, at],
    );
    return row!;
  }

  async start(entry: NewTimeEntry, at: string): Promise<TimeEntryRow> {
    const [row] = await this.manager.query<TimeEntryRow[]>(
      `insert into time_entries as e (tenant_id, id, order_id, line_id, user_id, started_at, created_by)
       values ($1, $2, $3, $4, $5, $6::timestamptz, $5)
       returning ${ENTRY_COLUMNS}`,
      [this.tenantId, entry.id, entry.orderId, entry.lineId, entry.userId, at],
    );
    return row!;
  }

  /** The person's running entry on this line, stopped by them now; undefined when none runs there. */
  async stopOnLine(userId: string, orderId: string, lineId: string): Promise<TimeEntryRow | undefined> {
    const [rows] = await this.manager.query<[TimeEntryRow[], number]>(
      `update time_entries as e set stopped_at = clock_timestamp(), stopped_by = 'mechanic'
        where e.tenant_id = $1 and e.user_id = $2 and e.order_id = $3 and e.line_id = $4 and e.stopped_at is null
        returning ${ENTRY_COLUMNS}`,
      [this.tenantId, userId, orderId, lineId],
    );
    return rows[0];
  }

  /** Of these orders, those with a clock running on them now (anyone's). */
  async ordersWithRunningClock(orderIds: readonly string[]): Promise<Set<string>> {
    if (orderIds.length === 0) return new Set();
    const rows: { order_id: string }[] = await this.manager.query(
      `select distinct order_id from time_entries
        where tenant_id = $1 and order_id = any ($2::uuid[]) and stopped_at is null`,
      [this.tenantId, orderIds],
    );
    return new Set(rows.map((row) => row.order_id));
  }

  /** Stops every clock running on the order at one instant; the ids of the entries stopped. */
  async stopAllOnOrder(orderId: string): Promise<string[]> {
    const [rows] = await this.manager.query<[{ id: string }[], number]>(
      // One instant for all of them (clock_timestamp() alone would differ row by row).
      `with now as (select clock_timestamp() as at)
       update time_entries set stopped_at = now.at, stopped_by = 'status'
         from now
        where tenant_id = $1 and order_id = $2 and stopped_at is null
        returning id`,
      [this.tenantId, orderId],
    );
    return rows.map((row) => row.id);
  }

  /** Entries clocked on the line (by order and line: time_entries_order_idx after the tenant). */
  async countOnLine(orderId: string, lineId: string): Promise<number> {
    const [row] = await this.manager.query<{ entries: number }[]>(
      'select count(*)::int as entries from time_entries where tenant_id = $1 and order_id = $2 and line_id = $3',
      [this.tenantId, orderId, lineId],
    );
    return row?.entries ?? 0;
  }

  /** A page of the order's entries, oldest first, each with the order's total count. */
  async pageOfOrder(orderId: string, limit: number, offset: number): Promise<(TimeEntryRow & { total: number })[]> {
    return this.manager.query<(TimeEntryRow & { total: number })[]>(
      `select ${ENTRY_COLUMNS}, count(*) over ()::int as total from time_entries e
        where e.tenant_id = $1 and e.order_id = $2 order by e.started_at, e.id limit $3 offset $4`,
      [this.tenantId, orderId, limit, offset],
    );
  }

  async countOfOrder(orderId: string): Promise<number> {
    const [row] = await this.manager.query<{ total: number }[]>(
      'select count(*)::int as total from time_entries where tenant_id = $1 and order_id = $2',
      [this.tenantId, orderId],
    );
    return row?.total ?? 0;
  }

  /** Whether each instant lies after the database's now (history is never written ahead). */
  async ahead(startedAt: string | null, stoppedAt: string | null): Promise<{ start: boolean; stop: boolean }> {
    const [row] = await this.manager.query<{ start_ahead: boolean; stop_ahead: boolean }[]>(
      `select coalesce($1::timestamptz > clock_timestamp(), false) as start_ahead,
              coalesce($2::timestamptz > clock_timestamp(), false) as stop_ahead`,
      [startedAt, stoppedAt],
    );
    return { start: row?.start_ahead ?? false, stop: row?.stop_ahead ?? false };
  }

  /** A finished entry written by a manager, logged as `added` with its reason, in one statement. */
  async addManual(entry: ManualTimeEntry): Promise<TimeEntryRow> {
    const [row] = await this.manager.query<TimeEntryRow[]>(
      `with added as (
         insert into time_entries (tenant_id, id, order_id, line_id, user_id, started_at, stopped_at,
             stopped_by, created_by)
         values ($1, $2, $3, $4, $5, $6::timestamptz, $7::timestamptz, 'correction', $8)
         returning *
       ), logged as (
         insert into time_entry_corrections (tenant_id, id, entry_id, order_id, kind, reason,
             started_after, stopped_after, corrected_by)
         select $1, $9, added.id, added.order_id, 'added', $10, added.started_at, added.stopped_at, $8
           from added
       )
       select ${ENTRY_COLUMNS} from added e`,
      [
        this.tenantId,
        entry.id,
        entry.orderId,
        entry.lineId,
        entry.userId,
        entry.startedAt,
        entry.stoppedAt,
        entry.by,
        entry.correctionId,
        entry.reason,
      ],
    );
    return row!;
  }

  /** The entry of this order with new instants (null: unchanged), logged as `corrected`; undefined when none. */
  async correct(correction: TimeEntryCorrection): Promise<TimeEntryRow | undefined> {
    const [row] = await this.manager.query<TimeEntryRow[]>(
      `with before as (
         select * from time_entries where tenant_id = $1 and id = $2 and order_id = $3 for update
       ), after as (
         update time_entries e
            set started_at = coalesce($4::timestamptz, e.started_at),
                stopped_at = coalesce($5::timestamptz, e.stopped_at),
                stopped_by = case when e.stopped_at is null and $5::timestamptz is not null
                                  then 'correction' else e.stopped_by end
           from before
          where e.tenant_id = $1 and before.tenant_id = $1 and e.id = before.id
         returning e.*
       ), logged as (
         insert into time_entry_corrections (tenant_id, id, entry_id, order_id, kind, reason,
             started_before, stopped_before, started_after, stopped_after, corrected_by)
         select $1, $6, before.id, before.order_id, 'corrected', $7,
                before.started_at, before.stopped_at, after.started_at, after.stopped_at, $8
           from before, after
       )
       select ${ENTRY_COLUMNS} from after e`,
      [
        this.tenantId,
        correction.entryId,
        correction.orderId,
        correction.startedAt,
        correction.stoppedAt,
        correction.correctionId,
        correction.reason,
        correction.by,
      ],
    );
    return row;
  }

  /** Deletes the entry of this order, logged as `deleted` with its times; false when there is none. */
  async remove(entryId: string, orderId: string, reason: string, correctionId: string, by: string): Promise<boolean> {
    const rows: unknown[] = await this.manager.query(
      `with gone as (
         delete from time_entries where tenant_id = $1 and id = $2 and order_id = $3 returning *
       )
       insert into time_entry_corrections (tenant_id, id, entry_id, order_id, kind, reason,
           started_before, stopped_before, corrected_by)
       select $1, $4, gone.id, gone.order_id, 'deleted', $5, gone.started_at, gone.stopped_at, $6
         from gone
       returning entry_id`,
      [this.tenantId, entryId, orderId, correctionId, reason, by],
    );
    return rows.length > 0;
  }

  /** The order's labour lines in position order, with the time clocked on each up to `at`. */
  async labourLineTimes(orderId: string, at: Date): Promise<LineTimeRow[]> {
    return this.manager.query<LineTimeRow[]>(
      `with now as (select $3::timestamptz as at)
       select l.id, l.position, l.description, l.approval, l.mechanic_user_id, l.quantity_hundredths as estimated,
              ${CLOCKED} as clocked, count(e.id) filter (where e.stopped_at is null)::int as running
         from now, repair_order_lines l
         left join time_entries e
           on e.tenant_id = $1 and e.tenant_id = l.tenant_id and e.order_id = l.order_id and e.line_id = l.id
        where l.tenant_id = $1 and l.order_id = $2 and l.kind = 'labour'
        group by l.tenant_id, l.id, now.at
        order by l.position`,
      [this.tenantId, orderId, at],
    );
  }

  /** Everyone assigned to the order, answering for one of its lines or with time on it, by name. */
  async mechanicTimes(orderId: string, at: Date): Promise<MechanicTimeRow[]> {
    return this.manager.query<MechanicTimeRow[]>(
      `with now as (select $3::timestamptz as at),
       people as (
         select user_id from repair_order_mechanics where tenant_id = $1 and order_id = $2
         union select user_id from time_entries where tenant_id = $1 and order_id = $2
         union select mechanic_user_id from repair_order_lines
                where tenant_id = $1 and order_id = $2 and mechanic_user_id is not null
       )
       select p.user_id, u.name,
              exists (select 1 from repair_order_mechanics m
                       where m.tenant_id = $1 and m.order_id = $2 and m.user_id = p.user_id) as assigned,
              (select coalesce(sum(l.quantity_hundredths), 0)::int from repair_order_lines l
                where l.tenant_id = $1 and l.order_id = $2 and l.kind = 'labour' and l.approval <> 'declined'
                  and l.mechanic_user_id = p.user_id) as sold,
              (select ${CLOCKED} from time_entries e
                where e.tenant_id = $1 and e.order_id = $2 and e.user_id = p.user_id) as clocked,
              exists (select 1 from time_entries e
                       where e.tenant_id = $1 and e.order_id = $2 and e.user_id = p.user_id
                         and e.stopped_at is null) as running
         from now, people p join users u on u.id = p.user_id
        order by u.name, p.user_id`,
      [this.tenantId, orderId, at],
    );
  }

  /** Hundredths of hours clocked on the order up to `at`, rounded once over every entry. */
  async clockedOnOrder(orderId: string, at: Date): Promise<number> {
    const [row] = await this.manager.query<[{ clocked: number }]>(
      `with now as (select $3::timestamptz as at)
       select (select ${CLOCKED} from time_entries e where e.tenant_id = $1 and e.order_id = $2) as clocked from now`,
      [this.tenantId, orderId, at],
    );
    return row.clocked;
  }
}
