import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every change that can end or narrow an access token's session announces itself on the
 * `auth_state` channel, so the API's per-process session cache (libs/identity
 * sessions/session-cache.ts) drops the entry at once, in every process. Triggers, not calls in
 * the services: a revocation, a role change, a suspension or a 2FA change made by any path
 * (an operator's statement included) cannot forget to tell. NOTIFY is transactional: a
 * rolled-back change announces nothing, a committed one is delivered at its commit.
 *
 * Payloads name what changed, never a secret: `session:<id>`, `member:<tenant>:<user>`,
 * `tenant:<id>`, `user:<id>`. A session's `last_seen_at` moving forward (the periodic touch)
 * says nothing; moving it back (an operator ageing a session) does, since it can end it.
 */
export class AuthStateNotify1795421000000 implements MigrationInterface {
  name = 'AuthStateNotify1795421000000';

  async up(db: QueryRunner): Promise<void> {
    for (const statement of [
      `create function auth_state_notify() returns trigger
        language plpgsql set search_path = pg_catalog, public
        as $$
        declare
          changed record;
        begin
          if tg_op = 'DELETE' then changed := old; else changed := new; end if;
          if tg_table_name = 'sessions' then
            perform pg_notify('auth_state', 'session:' || changed.id);
          elsif tg_table_name = 'memberships' then
            perform pg_notify('auth_state', 'member:' || changed.tenant_id || ':' || changed.user_id);
          elsif tg_table_name = 'tenants' then
            perform pg_notify('auth_state', 'tenant:' || changed.id);
          elsif tg_table_name = 'user_mfa' then
            perform pg_notify('auth_state', 'user:' || changed.user_id);
          end if;
          return null;
        end
        $$`,
      `create trigger sessions_auth_state after update on sessions
        for each row
        when (old.revoked_at is distinct from new.revoked_at or old.expires_at is distinct from new.expires_at
              or new.last_seen_at < old.last_seen_at or old.user_id is distinct from new.user_id)
        execute function auth_state_notify()`,
      `create trigger sessions_auth_state_delete after delete on sessions
        for each row execute function auth_state_notify()`,
      `create trigger memberships_auth_state after update on memberships
        for each row
        when (old.role is distinct from new.role or old.user_id is distinct from new.user_id
              or old.tenant_id is distinct from new.tenant_id)
        execute function auth_state_notify()`,
      `create trigger memberships_auth_state_delete after delete on memberships
        for each row execute function auth_state_notify()`,
      `create trigger tenants_auth_state after update on tenants
        for each row
        when (old.status is distinct from new.status or old.require_mfa is distinct from new.require_mfa)
        execute function auth_state_notify()`,
      `create trigger tenants_auth_state_delete after delete on tenants
        for each row execute function auth_state_notify()`,
      `create trigger user_mfa_auth_state after update on user_mfa
        for each row when (old.enabled_at is distinct from new.enabled_at or old.user_id is distinct from new.user_id)
        execute function auth_state_notify()`,
      `create trigger user_mfa_auth_state_change after insert or delete on user_mfa
        for each row execute function auth_state_notify()`,
    ]) {
      await db.query(statement);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('drop trigger user_mfa_auth_state_change on user_mfa');
    await db.query('drop trigger user_mfa_auth_state on user_mfa');
    await db.query('drop trigger tenants_auth_state_delete on tenants');
    await db.query('drop trigger tenants_auth_state on tenants');
    await db.query('drop trigger memberships_auth_state_delete on memberships');
    await db.query('drop trigger memberships_auth_state on memberships');
    await db.query('drop trigger sessions_auth_state_delete on sessions');
    await db.query('drop trigger sessions_auth_state on sessions');
    await db.query('drop function auth_state_notify()');
  }
}
