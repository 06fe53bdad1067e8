import { MigrationInterface, QueryRunner } from 'typeorm';
import { grantToApp, tenantIsolation } from './tenant-table.sql';

/**
 * Repairs, estimate approval by the customer. Each line carries its approval state; an estimate
 * version freezes what the customer is shown (canonical JSON and its SHA-256) with the hash of the
 * signed link that opens it; an approval records who decided what on which version, when and
 * from where. Versions and approvals are evidence: the application role may only insert and read
 * them, and a trigger refuses an update or delete even by the table owner (cascades from deleting
 * the workshop or the order excepted), as for the stock ledger.
 */
export class RepairsEstimateApproval1795320000000 implements MigrationInterface {
  name = 'RepairsEstimateApproval1795320000000';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      // Existing lines predate approval: they start pending like every new line, so an order
      // already in progress needs an approval before it can be completed.
      `alter table repair_order_lines add column approval text not null default 'pending'
        check (approval in ('pending', 'approved', 'declined'))`,

      `create table estimate_versions (
        tenant_id uuid not null,
        id uuid not null,
        order_id uuid not null,
        version integer not null check (version >= 1),
        -- The canonical JSON (RFC 8785 style) exactly as hashed; text, not jsonb, so not a byte moves.
        snapshot text not null,
        hash text not null check (hash ~ '^[0-9a-f]{64}$'),
        -- SHA-256 of the signed link token; null for a version staff approved on the spot.
        token_hash bytea,
        expires_at timestamptz,
        delivery text not null check (delivery in ('email', 'none', 'on_the_spot')),
        created_by uuid references users (id) on delete set null,
        created_at timestamptz not null default now(),
        primary key (tenant_id, id),
        unique (tenant_id, order_id, version),
        foreign key (tenant_id, order_id) references repair_orders (tenant_id, id) on delete cascade,
        check ((token_hash is null) = (expires_at is null))
      )`,
      `create unique index estimate_versions_token_idx on estimate_versions (tenant_id, token_hash)
        where token_hash is not null`,
      ...tenantIsolation('estimate_versions'),
      grantToApp('estimate_versions', 'select, insert'),

      // One decision per version (the unique key is what refuses a second one, however they race).
      // `decisions`: [{ "lineId", "approved" }] for every line the version left open.
      `create table estimate_approvals (
        tenant_id uuid not null,
        id uuid not null,
        order_id uuid not null,
        version_id uuid not null,
        version integer not null,
        hash text not null check (hash ~ '^[0-9a-f]{64}$'),
        method text not null check (method in ('customer', 'staff')),
        decisions jsonb not null check (jsonb_typeof(decisions) = 'array'),
        signature_name text not null check (char_length(btrim(signature_name)) between 1 and 200),
        note text check (char_length(note) <= 2000),
        staff_user_id uuid references users (id) on delete set null,
        ip_address inet,
        user_agent text check (char_length(user_agent) <= 1000),
        decided_at timestamptz not null default clock_timestamp(),
        primary key (tenant_id, id),
        unique (tenant_id, version_id),
        foreign key (tenant_id, order_id) references repair_orders (tenant_id, id) on delete cascade,
        foreign key (tenant_id, version_id) references estimate_versions (tenant_id, id) on delete cascade
      )`,
      `create index estimate_approvals_order_idx on estimate_approvals (tenant_id, order_id)`,
      ...tenantIsolation('estimate_approvals'),
      grantToApp('estimate_approvals', 'select, insert'),

      `create function estimate_evidence_append_only() returns trigger language plpgsql as $$
        begin
          -- Deleting the workshop or the order cascades from another statement's trigger.
          if pg_trigger_depth() > 1 then return old; end if;
          raise exception '% is append-only', tg_table_name using errcode = '42501';
        end
      $$`,
      `create trigger estimate_versions_append_only before update or delete on estimate_versions
        for each row execute function estimate_evidence_append_only()`,
      `create trigger estimate_approvals_append_only before update or delete on estimate_approvals
        for each row execute function estimate_evidence_append_only()`,
    ];
    for (const statement of statements) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('drop table if exists estimate_approvals, estimate_versions');
    await db.query('drop function if exists estimate_evidence_append_only()');
    await db.query('alter table repair_order_lines drop column if exists approval');
  }
}
