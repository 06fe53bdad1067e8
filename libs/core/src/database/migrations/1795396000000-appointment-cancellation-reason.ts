import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `appointments.cancellation_reason`: what a customer wrote when cancelling from the manage
 * link, for the staff who read the calendar. At most 500 characters, null when none was given.
 * The table keeps its row-level security policy; the application role's grants cover the column.
 */
export class AppointmentCancellationReason1795396000000 implements MigrationInterface {
  name = 'AppointmentCancellationReason1795396000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `alter table appointments
         add column cancellation_reason text
         check (char_length(cancellation_reason) between 1 and 500)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`alter table appointments drop column if exists cancellation_reason`);
  }
}
