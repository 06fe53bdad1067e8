import { MigrationInterface, QueryRunner } from 'typeorm';
import { grantToDefiner, ownedByDefiner } from './tenant-table.sql';

/** The one write operators make to a workshop, as its SQL signature (granted by `grantOperatorViews`). */
export const SET_TENANT_STATUS_FUNCTION = 'platform_set_tenant_status(uuid, text, uuid, text, text)';

/**
 * Suspending and reactivating a workshop (issue 18, item 3): the only write the operator role may
 * make, through a SECURITY DEFINER function it alone may execute (the application role gets no
 * cross-tenant write, and the operator role no table privilege). The function holds row-level
 * security to the one workshop (`app.tenant_id` set to it, as the usage rollup does), changes its
 * status and appends the operator audit entry with the reason in the same statement, so neither
 * can happen without the other. The `tenants_auth_state` trigger announces the change, so every
 * API process drops that workshop's cached sessions at commit.
 *
 * Returns the status the workshop had, or null when there is none; a workshop already in the
 * asked status is left alone and nothing is audited. An unknown or disabled operator is refused.
 */
export class OperatorTenantStatus1795434000000 implements MigrationInterface {
  name = 'OperatorTenantStatus1795434000000';

  async up(db: QueryRunner): Promise<void> {
    for (const statement of [
      `create function platform_set_tenant_status(
          target uuid, wanted text, operator uuid, why text, client_ip text) returns text
        language plpgsql security definer as $$
        declare
          caller_tenant text := current_setting('app.tenant_id', true);
          previous text;
        begin
          if wanted not in ('active', 'suspended') then
            raise exception 'unknown workshop status' using errcode = '22023';
          end if;
          if why is null or char_length(btrim(why)) = 0 or char_length(why) > 500 then
            raise exception 'a reason of 1 to 500 characters is required' using errcode = '22023';
          end if;
          if not exists (select 1 from operators o where o.id = operator and o.disabled_at is null) then
            raise exception 'not an active operator' using errcode = '42501';
          end if;
          perform set_config('app.tenant_id', target::text, true);
          select t.status into previous from tenants t where t.id = target for update;
          if previous is not null and previous <> wanted then
            update tenants set status = wanted, updated_at = now() where id = target;
            insert into operator_audit_log (operator_id, action, target_tenant_id, reason, client_ip)
              values (operator, case wanted when 'suspended' then 'tenant.suspended' else 'tenant.reactivated' end,
                      target, btrim(why), client_ip);
          end if;
          perform set_config('app.tenant_id', coalesce(caller_tenant, ''), true);
          return previous;
        end
        $$`,
      ...ownedByDefiner(SET_TENANT_STATUS_FUNCTION),
      `revoke all on function ${SET_TENANT_STATUS_FUNCTION} from public`,
      grantToDefiner('tenants', 'update (status, updated_at)'),
      grantToDefiner('operators', 'select'),
      grantToDefiner('operator_audit_log', 'insert'),
    ]) {
      await db.query(statement);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`drop function ${SET_TENANT_STATUS_FUNCTION}`);
    for (const revoke of [
      ['update (status, updated_at)', 'tenants'],
      ['select', 'operators'],
      ['insert', 'operator_audit_log'],
    ]) {
      await db.query(
        `do $$ begin execute format('revoke ${revoke[0]} on ${revoke[1]} from %I', current_setting('pitlane.definer_role')); end $$`,
      );
    }
  }
}
