import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Manual time entries (docs/repairs-time.md, "Manual entries"): a manager records time a
 * mechanic forgot to clock. The log of the clocked history gets a third kind, `added`, which
 * has no "before" — so `started_before` may be null, and only for that kind.
 */
export class ManualTimeEntries1795370000000 implements MigrationInterface {
  name = 'ManualTimeEntries1795370000000';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      `alter table time_entry_corrections drop constraint time_entry_corrections_kind_check`,
      `alter table time_entry_corrections add constraint time_entry_corrections_kind_check
         check (kind in ('corrected', 'deleted', 'added'))`,
      `alter table time_entry_corrections alter column started_before drop not null`,
      // An added entry has an "after" and no "before"; a correction or deletion always a "before".
      `alter table time_entry_corrections add constraint time_entry_corrections_before_check
         check ((kind = 'added') = (started_before is null))`,
    ];
    for (const statement of statements) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`delete from time_entry_corrections where kind = 'added'`);
    await db.query(`alter table time_entry_corrections drop constraint time_entry_corrections_before_check`);
    await db.query(`alter table time_entry_corrections alter column started_before set not null`);
    await db.query(`alter table time_entry_corrections drop constraint time_entry_corrections_kind_check`);
    await db.query(`alter table time_entry_corrections add constraint time_entry_corrections_kind_check
      check (kind in ('corrected', 'deleted'))`);
  }
}
