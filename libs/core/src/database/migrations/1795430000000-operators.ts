import { MigrationInterface, QueryRunner } from 'typeorm';
import { grantToApp } from './tenant-table.sql';

/**
 * Platform operators: the people who run Pitlane, not staff of any workshop. Their tables are
 * global (no tenant_id, no row-level security) and share nothing with the staff tables, so no
 * membership, role or session of a workshop can ever name an operator.
 *
 * The TOTP secret is mandatory and stored only sealed, like a person's (libs/identity
 * mfa/mfa-secret-cipher.ts). The audit log is append-only for the application role: it may
 * insert and read, never change or remove, and a trigger refuses UPDATE, DELETE and TRUNCATE
 * even from the table's owner, so a mistake in a migration cannot rewrite history either.
 */
export class Operators1795430000000 implements MigrationInterface {
  name = 'Operators1795430000000';

  async up(db: QueryRunner): Promise<void> {
    for (const statement of [
      `create table operators (
        id uuid primary key default gen_random_uuid(),
        email text not null check (email = lower(email) and char_length(email) between 3 and 254),
        name text not null check (char_length(name) between 1 and 120),
        password_hash text not null,
        totp_secret bytea not null,
        totp_key_id text not null,
        totp_last_used_step bigint,
        disabled_at timestamptz,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint operators_email_key unique (email)
      )`,
      grantToApp('operators', 'select, insert, update'),

      // One sign-in each. The access token names its row; the row decides whether it still works.
      `create table operator_sessions (
        id uuid primary key,
        operator_id uuid not null references operators (id) on delete cascade,
        created_at timestamptz not null default now(),
        last_seen_at timestamptz not null default now(),
        expires_at timestamptz not null,
        revoked_at timestamptz,
        revoke_reason text check (revoke_reason in ('logout', 'operator_disabled', 'totp_reset')),
        user_agent text check (char_length(user_agent) <= 256),
        check ((revoked_at is null) = (revoke_reason is null))
      )`,
      `create index operator_sessions_operator_idx on operator_sessions (operator_id) where revoked_at is null`,
      grantToApp('operator_sessions', 'select, insert, update'),

      // The workshop an action was about is `target_tenant_id`, not `tenant_id`: this is not a
      // workshop's table, and the row must outlive the workshop (no foreign key).
      `create table operator_audit_log (
        id bigint generated always as identity primary key,
        occurred_at timestamptz not null default now(),
        operator_id uuid references operators (id),
        action text not null check (action ~ '^[a-z]+(_[a-z]+)*(\\.[a-z]+(_[a-z]+)*)*$' and char_length(action) <= 64),
        target_tenant_id uuid,
        reason text check (char_length(reason) <= 500),
        client_ip text check (char_length(client_ip) <= 64),
        details jsonb not null default '{}'::jsonb check (jsonb_typeof(details) = 'object')
      )`,
      `create index operator_audit_log_recent_idx on operator_audit_log (occurred_at desc, id desc)`,
      `create index operator_audit_log_tenant_idx on operator_audit_log (target_tenant_id, occurred_at desc)
        where target_tenant_id is not null`,
      grantToApp('operator_audit_log', 'select, insert'),
      `create function operator_audit_log_append_only() returns trigger
        language plpgsql set search_path = pg_catalog, public
        as $$
        begin
          raise exception 'operator_audit_log is append-only' using errcode = 'insufficient_privilege';
        end
        $$`,
      `create trigger operator_audit_log_no_change before update or delete on operator_audit_log
        for each row execute function operator_audit_log_append_only()`,
      `create trigger operator_audit_log_no_truncate before truncate on operator_audit_log
        for each statement execute function operator_audit_log_append_only()`,
    ]) {
      await db.query(statement);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('drop table if exists operator_audit_log, operator_sessions, operators');
    await db.query('drop function if exists operator_audit_log_append_only()');
  }
}
