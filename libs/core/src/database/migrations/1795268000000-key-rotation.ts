import { MigrationInterface, QueryRunner } from 'typeorm';
import { grantExecuteToApp } from './tenant-table.sql';

/**
 * Master-key rotation walks every workshop, so it needs one cross-tenant question answered:
 * which workshops' data keys are still wrapped by another master key. Each re-wrap then runs in
 * that workshop's own context.
 */
export class KeyRotation1795268000000 implements MigrationInterface {
  name = 'KeyRotation1795268000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`create function app_tenants_to_rewrap(p_active_key_id text, p_limit integer)
      returns setof uuid
      language sql stable security definer set search_path = pg_catalog, public
      as $$
        select id from tenants where data_key_wrapped_by <> p_active_key_id order by id limit p_limit
      $$`);
    for (const statement of grantExecuteToApp('app_tenants_to_rewrap(text, integer)')) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('drop function if exists app_tenants_to_rewrap(text, integer)');
  }
}
