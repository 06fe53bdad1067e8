import { Client } from 'pg';
import { SET_TENANT_STATUS_FUNCTION } from './migrations/1795434000000-operator-tenant-status';

/**
 * Everything the operator role may SELECT: the aggregate views of migration 1795432000000, owned by
 * the definer role (see there why views). Listed here, in one place, so that a new view reaches
 * operators only when it is added to this list, and the catalog test of the operator role
 * (libs/platform/test/operator-role.spec.ts) refuses every other relation.
 */
export const OPERATOR_VIEWS = [
  'platform_tenants',
  'platform_tenant_usage_daily',
  'platform_signups_daily',
  'platform_active_workshops_weekly',
  'platform_failed_mails',
  'platform_tenant_backlog',
  'platform_health',
] as const;

export type OperatorView = (typeof OPERATOR_VIEWS)[number];

/**
 * Makes the operator role's grants exactly OPERATOR_VIEWS: every other privilege it was given on
 * a table, view or sequence of the public schema is revoked, then SELECT on each listed view is
 * granted. Run by `migrateDatabase` (as the owner) after the migrations, so it also repairs a
 * grant made by hand. A missing role (a database whose roles an administrator manages) is left
 * alone: `false` says nothing was granted.
 */
export async function grantOperatorViews(migrationUrl: string, operatorRole: string): Promise<boolean> {
  const client = new Client({ connectionString: migrationUrl, application_name: 'pitlane-migrate' });
  await client.connect();
  try {
    const exists = await client.query('select 1 from pg_roles where rolname = $1', [operatorRole]);
    if (exists.rowCount === 0) return false;
    const role = client.escapeIdentifier(operatorRole);
    await client.query('begin');
    await client.query(`revoke all on all tables in schema public from ${role}`);
    await client.query(`revoke all on all sequences in schema public from ${role}`);
    await client.query(`revoke all on all functions in schema public from ${role}`);
    for (const view of OPERATOR_VIEWS) await client.query(`grant select on ${view} to ${role}`);
    // Its one write: a workshop's status, through the definer function that also audits it.
    await client.query(`grant execute on function ${SET_TENANT_STATUS_FUNCTION} to ${role}`);
    await client.query('commit');
    return true;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
