import { MigrationInterface, QueryRunner } from 'typeorm';
import { grantToApp } from './tenant-table.sql';

/**
 * The secrets behind the account mails: e-mail verification links, password reset codes and
 * e-mail change links. They belong to users, who are global, so these tables are global too: no
 * tenant_id and no row-level security, like `users`. Only hashes are stored: SHA-256 of a
 * 256-bit link token, and an HMAC (under a server-side key) of a 6-digit code, whose plain hash
 * could be reversed by trying all million codes.
 */
export class AccountTokens1795271000000 implements MigrationInterface {
  name = 'AccountTokens1795271000000';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      // At most one row per user: issuing a new link deletes the older ones. `email` is the
      // address the link was sent to; it verifies only while it is still the user's address.
      `create table email_verification_tokens (
        id uuid primary key,
        user_id uuid not null references users (id) on delete cascade,
        email text not null check (email = lower(email) and char_length(email) <= 254),
        token_hash bytea not null check (octet_length(token_hash) = 32),
        expires_at timestamptz not null,
        used_at timestamptz,
        created_at timestamptz not null default now(),
        constraint email_verification_tokens_hash_key unique (token_hash)
      )`,
      `create index email_verification_tokens_user_idx on email_verification_tokens (user_id)`,
      grantToApp('email_verification_tokens', 'select, insert, update, delete'),

      // A code is live until it is used, replaced by a newer one, expires or runs out of
      // attempts. Replaced codes stay for a day, so the number issued per user can be capped.
      `create table password_reset_codes (
        id uuid primary key,
        user_id uuid not null references users (id) on delete cascade,
        code_hash bytea not null check (octet_length(code_hash) = 32),
        attempts integer not null default 0 check (attempts between 0 and 5),
        expires_at timestamptz not null,
        used_at timestamptz,
        replaced_at timestamptz,
        created_at timestamptz not null default now(),
        check (used_at is null or replaced_at is null)
      )`,
      `create unique index password_reset_codes_live_key on password_reset_codes (user_id)
        where used_at is null and replaced_at is null`,
      `create index password_reset_codes_user_idx on password_reset_codes (user_id, created_at)`,
      grantToApp('password_reset_codes', 'select, insert, update, delete'),

      // A change of address waits here until the link sent to the new address is opened.
      `create table email_change_requests (
        id uuid primary key,
        user_id uuid not null references users (id) on delete cascade,
        new_email text not null check (new_email = lower(new_email) and char_length(new_email) <= 254),
        token_hash bytea not null check (octet_length(token_hash) = 32),
        expires_at timestamptz not null,
        used_at timestamptz,
        created_at timestamptz not null default now(),
        constraint email_change_requests_hash_key unique (token_hash)
      )`,
      `create index email_change_requests_user_idx on email_change_requests (user_id)`,
      grantToApp('email_change_requests', 'select, insert, update, delete'),
    ];
    for (const statement of statements) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('drop table if exists email_change_requests, password_reset_codes, email_verification_tokens');
  }
}
