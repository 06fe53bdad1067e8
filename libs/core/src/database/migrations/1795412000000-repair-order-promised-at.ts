import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When the workshop promised the car back (`repair_orders.promised_at`), shown on the board's
 * cards (red once late) and on the order page. Null while nobody promised a time. The board
 * filters on it by range, per workshop, so it gets a (tenant_id, promised_at) index; the table
 * keeps its policy and the application role's grants cover the new column.
 */
export class RepairOrderPromisedAt1795412000000 implements MigrationInterface {
  name = 'RepairOrderPromisedAt1795412000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('alter table repair_orders add column promised_at timestamptz');
    await db.query('create index repair_orders_promised_idx on repair_orders (tenant_id, promised_at)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('drop index repair_orders_promised_idx');
    await db.query('alter table repair_orders drop column promised_at');
  }
}
