import { MigrationInterface, QueryRunner } from 'typeorm';
import { grantToApp, tenantIsolation } from './tenant-table.sql';

/**
 * Staff invitations, TOTP two-step verification and the workshop's "require 2FA" switch.
 *
 * Invitations belong to a workshop: a tenant table like any other. Their link token carries the
 * workshop id in its first 16 bytes (as refresh tokens do), so accepting one enters that
 * workshop's context and finds the token's SHA-256 under row-level security.
 *
 * Two-step verification belongs to a person, who is global (one person, several workshops), so
 * its tables are global like `users`: no tenant_id, no row-level security. The TOTP secret is
 * stored only sealed (AES-256-GCM under a key derived from the master key named beside it),
 * recovery codes only as keyed hashes, sign-in challenges only by their id.
 */
export class InvitationsMfa1795272000000 implements MigrationInterface {
  name = 'InvitationsMfa1795272000000';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      `create table invitations (
        tenant_id uuid not null references tenants (id) on delete cascade,
        id uuid not null,
        email text not null check (email = lower(email) and char_length(email) <= 254),
        name text check (char_length(name) between 1 and 120),
        role text not null check (role in ('owner', 'manager', 'mechanic')),
        token_hash bytea not null check (octet_length(token_hash) = 32),
        invited_by uuid references users (id) on delete set null,
        expires_at timestamptz not null,
        accepted_at timestamptz,
        accepted_user_id uuid references users (id) on delete set null,
        revoked_at timestamptz,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (tenant_id, id),
        constraint invitations_token_hash_key unique (tenant_id, token_hash),
        check (accepted_at is null or revoked_at is null)
      )`,
      // One open invitation per address and workshop: inviting again replaces the older one.
      `create unique index invitations_open_email_key on invitations (tenant_id, email)
        where accepted_at is null and revoked_at is null`,
      `create index invitations_recent_idx on invitations (tenant_id, created_at desc)`,
      ...tenantIsolation('invitations'),
      grantToApp('invitations', 'select, insert, update'),

      `alter table tenants add column require_mfa boolean not null default false`,

      // One row per person who has started or finished enrolment. The pending secret waits for
      // its first code; `last_used_step` makes each TOTP code single use.
      `create table user_mfa (
        user_id uuid primary key references users (id) on delete cascade,
        secret bytea,
        secret_key_id text,
        enabled_at timestamptz,
        last_used_step bigint,
        pending_secret bytea,
        pending_key_id text,
        pending_since timestamptz,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        check ((secret is null) = (secret_key_id is null) and (secret is null) = (enabled_at is null)),
        check ((pending_secret is null) = (pending_key_id is null)
          and (pending_secret is null) = (pending_since is null))
      )`,
      grantToApp('user_mfa', 'select, insert, update, delete'),

      `create table user_recovery_codes (
        user_id uuid not null references users (id) on delete cascade,
        code_hash bytea not null check (octet_length(code_hash) = 32),
        used_at timestamptz,
        created_at timestamptz not null default now(),
        primary key (user_id, code_hash)
      )`,
      grantToApp('user_recovery_codes', 'select, insert, update, delete'),

      // The id of every "now enter your code" token handed out at login: each is spent once,
      // and dies after a few wrong codes.
      `create table mfa_challenges (
        id uuid primary key,
        user_id uuid not null references users (id) on delete cascade,
        expires_at timestamptz not null,
        used_at timestamptz,
        failed_attempts integer not null default 0 check (failed_attempts between 0 and 5),
        created_at timestamptz not null default now()
      )`,
      `create index mfa_challenges_expires_idx on mfa_challenges (expires_at)`,
      grantToApp('mfa_challenges', 'select, insert, update, delete'),
    ];
    for (const statement of statements) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('drop table if exists mfa_challenges, user_recovery_codes, user_mfa, invitations');
    await db.query('alter table tenants drop column if exists require_mfa');
  }
}
