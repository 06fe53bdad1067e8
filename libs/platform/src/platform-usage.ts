import { Injectable } from '@nestjs/common';
import { OperatorDatabase } from './operator-database';
import { dayRange, utcDay } from './usage-days';

export interface PlatformHealth {
  readonly outboxPending: number;
  /** Age of the oldest search outbox entry: the relay's lag; 0 when the outbox is empty. */
  readonly outboxLagSeconds: number;
  readonly mailsQueued: number;
  readonly mailsOldestQueuedAt: Date | null;
  /** When the usage rollup last ran (null before its first run): operator figures are this old. */
  readonly usageRolledUpAt: Date | null;
  readonly databaseBytes: number;
}

export interface SignupDay {
  readonly day: string;
  readonly signups: number;
}

export interface ActiveWeek {
  /** The Monday the ISO week starts on. */
  readonly week: string;
  readonly activeWorkshops: number;
}

/** The platform-wide numbers of the operator console, through the operator role's views. */
@Injectable()
export class PlatformUsage {
  constructor(private readonly database: OperatorDatabase) {}

  async health(now: Date = new Date()): Promise<PlatformHealth> {
    const [row] = await this.database.query<{
      outbox_pending: number;
      outbox_oldest_at: Date | null;
      mails_queued: number;
      mails_oldest_queued_at: Date | null;
      usage_rolled_up_at: Date | null;
      database_bytes: string;
    }>('select * from platform_health');
    if (!row) throw new Error('platform_health returned no row');
    return {
      outboxPending: row.outbox_pending,
      outboxLagSeconds: row.outbox_oldest_at
        ? Math.max(0, Math.round((now.getTime() - row.outbox_oldest_at.getTime()) / 1000))
        : 0,
      mailsQueued: row.mails_queued,
      mailsOldestQueuedAt: row.mails_oldest_queued_at,
      usageRolledUpAt: row.usage_rolled_up_at,
      databaseBytes: Number(row.database_bytes),
    };
  }

  /** Workshops signed up per UTC day, from `from` to `to` (at most a year), days without any as zeros. */
  async signupsPerDay(from: string, to: string): Promise<SignupDay[]> {
    const days = dayRange(from, to, 366);
    const rows = await this.database.query<{ day: string; signups: number }>(
      `select to_char(day, 'YYYY-MM-DD') as day, signups from platform_signups_daily
        where day between $1::date and $2::date`,
      [from, to],
    );
    const byDay = new Map(rows.map((row) => [row.day, row.signups]));
    return days.map((day) => ({ day, signups: byDay.get(day) ?? 0 }));
  }

  /**
   * Workshops with any activity (a vehicle, order, invoice or mail created, or staff signed in)
   * per week, for the last `weeks` weeks (the view keeps 53), oldest first, this week last.
   */
  async activeWorkshopsPerWeek(weeks = 12, today: string = utcDay()): Promise<ActiveWeek[]> {
    const count = Math.min(Math.max(Math.trunc(weeks), 1), 53);
    const rows = await this.database.query<{ week: string; active_workshops: number }>(
      `select to_char(w.week, 'YYYY-MM-DD') as week, coalesce(a.active_workshops, 0)::integer as active_workshops
         from generate_series(date_trunc('week', $1::date) - ($2::integer - 1) * interval '1 week',
                              date_trunc('week', $1::date), interval '1 week') as w(week)
         left join platform_active_workshops_weekly a on a.week = w.week::date
        order by w.week`,
      [today, count],
    );
    return rows.map((row) => ({ week: row.week, activeWorkshops: row.active_workshops }));
  }
}
