import { MigrationInterface, QueryRunner } from 'typeorm';
import { grantExecuteToApp, grantToApp, ownerReadPolicyForOwner, tenantIsolation } from './tenant-table.sql';

/**
 * The mail ledger: one row per mail Pitlane means to send, written in the same transaction as
 * the change that causes it. It is the outbox (a sweep re-enqueues rows whose job was lost)
 * and the exactly-once guard (a row already sent is never sent again). Secrets a mail carries
 * (a reset code, a link's token) are sealed under the workshop's key and wiped once sent.
 */
export class MailLedger1795270000000 implements MigrationInterface {
  name = 'MailLedger1795270000000';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      `create table mail_messages (
        tenant_id uuid not null references tenants (id) on delete cascade,
        id uuid not null,
        idempotency_key text not null check (char_length(idempotency_key) between 1 and 200),
        template text not null check (template ~ '^[a-z_]{1,60}$'),
        locale text not null check (locale in ('en', 'pl', 'da')),
        recipient_email text not null check (char_length(recipient_email) <= 254),
        recipient_user_id uuid,
        workshop_name text not null,
        data jsonb not null default '{}',
        sealed_secrets bytea,
        status text not null default 'queued' check (status in ('queued', 'sent', 'failed')),
        attempts integer not null default 0,
        provider_message_id text,
        last_error text check (char_length(last_error) <= 300),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        sent_at timestamptz,
        primary key (tenant_id, id),
        constraint mail_messages_idempotency_key unique (tenant_id, idempotency_key)
      )`,
      `create index mail_messages_recent_idx on mail_messages (tenant_id, created_at desc)`,
      `create index mail_messages_queued_idx on mail_messages (created_at) where status = 'queued'`,
      ...tenantIsolation('mail_messages'),
      ownerReadPolicyForOwner('mail_messages'),
      grantToApp('mail_messages', 'select, insert, update'),
      // The outbox sweep: queued mail whose job may have been lost, across workshops.
      `create function app_stale_mail(p_older_than interval, p_limit integer)
        returns table (tenant_id uuid, id uuid)
        language sql stable security definer set search_path = pg_catalog, public
        as $$
          select m.tenant_id, m.id from mail_messages m
          where m.status = 'queued' and m.created_at < now() - p_older_than
          order by m.created_at limit p_limit
        $$`,
      ...grantExecuteToApp('app_stale_mail(interval, integer)'),
    ];
    for (const statement of statements) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('drop function if exists app_stale_mail(interval, integer)');
    await db.query('drop table if exists mail_messages');
  }
}
