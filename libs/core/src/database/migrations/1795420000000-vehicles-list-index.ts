import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The vehicle list's default order is `created_at desc nulls last, id` within a workshop. With
 * only the primary key and the lookup indexes, page 1 read and sorted every vehicle of the
 * workshop (issue 17). This index has exactly that order, so a page is an index range scan that
 * stops after `limit + offset` rows.
 */
export class VehiclesListIndex1795420000000 implements MigrationInterface {
  name = 'VehiclesListIndex1795420000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('create index vehicles_created_idx on vehicles (tenant_id, created_at desc nulls last, id)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('drop index vehicles_created_idx');
  }
}
