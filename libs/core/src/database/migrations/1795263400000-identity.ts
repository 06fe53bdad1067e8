import { MigrationInterface, QueryRunner } from 'typeorm';
import { grantExecuteToApp, grantToApp, ownerReadPolicyForOwner, tenantIsolation } from './tenant-table.sql';

export class Identity1795263400000 implements MigrationInterface {
  name = 'Identity1795263400000';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      `create table tenants (
        id uuid primary key default gen_random_uuid(),
        name text not null check (char_length(name) between 1 and 120),
        slug text not null check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and char_length(slug) <= 63),
        time_zone text not null,
        country text not null check (country ~ '^[A-Z]{2}$'),
        locale text not null check (locale in ('en', 'pl', 'da')),
        currency text not null check (currency ~ '^[A-Z]{3}$'),
        status text not null default 'active' check (status in ('active', 'suspended')),
        wrapped_data_key bytea not null,
        data_key_wrapped_by text not null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint tenants_slug_key unique (slug)
      )`,
      ...tenantIsolation('tenants', 'id'),
      ownerReadPolicyForOwner('tenants'),
      grantToApp('tenants', 'select, insert, update'),

      // Users are global (one person may work for several workshops); what they may see of a
      // workshop is decided by memberships, which are tenant rows.
      `create table users (
        id uuid primary key default gen_random_uuid(),
        email text not null check (email = lower(email) and char_length(email) <= 254),
        name text not null check (char_length(name) between 1 and 120),
        password_hash text not null,
        email_verified_at timestamptz,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      )`,
      // An address belongs to whoever verifies it first. Until then several sign-ups may hold
      // it, so signing up never tells a stranger whether an address is registered.
      `create unique index users_verified_email_key on users (email) where email_verified_at is not null`,
      `create index users_email_idx on users (email)`,
      grantToApp('users', 'select, insert, update'),

      `create table memberships (
        tenant_id uuid not null references tenants (id) on delete cascade,
        id uuid not null default gen_random_uuid(),
        user_id uuid not null references users (id) on delete cascade,
        role text not null check (role in ('owner', 'manager', 'mechanic')),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (tenant_id, id),
        constraint memberships_tenant_user_key unique (tenant_id, user_id)
      )`,
      `create index memberships_user_idx on memberships (user_id)`,
      ...tenantIsolation('memberships'),
      ownerReadPolicyForOwner('memberships'),
      grantToApp('memberships', 'select, insert, update, delete'),

      // A session is one login's refresh-token family, for one workshop. Removing a member
      // removes their sessions with them.
      `create table sessions (
        tenant_id uuid not null,
        id uuid not null default gen_random_uuid(),
        user_id uuid not null,
        created_at timestamptz not null default now(),
        last_seen_at timestamptz not null default now(),
        expires_at timestamptz not null,
        revoked_at timestamptz,
        revoke_reason text check (revoke_reason in ('logout', 'refresh_token_reuse', 'member_removed', 'password_changed')),
        user_agent text check (char_length(user_agent) <= 256),
        primary key (tenant_id, id),
        foreign key (tenant_id, user_id) references memberships (tenant_id, user_id) on delete cascade
      )`,
      `create index sessions_user_idx on sessions (tenant_id, user_id)`,
      ...tenantIsolation('sessions'),
      grantToApp('sessions', 'select, insert, update, delete'),

      `create table refresh_tokens (
        tenant_id uuid not null,
        id uuid not null default gen_random_uuid(),
        session_id uuid not null,
        token_hash bytea not null,
        created_at timestamptz not null default now(),
        used_at timestamptz,
        primary key (tenant_id, id),
        constraint refresh_tokens_hash_key unique (tenant_id, token_hash),
        foreign key (tenant_id, session_id) references sessions (tenant_id, id) on delete cascade
      )`,
      `create index refresh_tokens_session_idx on refresh_tokens (tenant_id, session_id)`,
      ...tenantIsolation('refresh_tokens'),
      grantToApp('refresh_tokens', 'select, insert, update, delete'),

      // Cross-tenant questions the login and signup paths must ask, answered narrowly.
      `create function app_user_workshops(p_user_id uuid)
        returns table (tenant_id uuid, role text, name text, slug text, status text)
        language sql stable security definer set search_path = pg_catalog, public
        as $$
          select m.tenant_id, m.role, t.name, t.slug, t.status
          from memberships m join tenants t on t.id = m.tenant_id
          where m.user_id = p_user_id
          order by m.created_at
        $$`,
      ...grantExecuteToApp('app_user_workshops(uuid)'),
      `create function app_slug_taken(p_slug text)
        returns boolean
        language sql stable security definer set search_path = pg_catalog, public
        as $$ select exists (select 1 from tenants where slug = p_slug) $$`,
      ...grantExecuteToApp('app_slug_taken(text)'),
    ];
    for (const statement of statements) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('drop function if exists app_slug_taken(text)');
    await db.query('drop function if exists app_user_workshops(uuid)');
    await db.query('drop table if exists refresh_tokens, sessions, memberships, users, tenants');
  }
}
