import { MigrationInterface, QueryRunner } from 'typeorm';
import { grantToApp, tenantIsolation } from './tenant-table.sql';

/**
 * Repairs, invoices. An invoice (or a credit note, which is an invoice with negated amounts that
 * corrects another) is a snapshot taken when it is issued: seller, buyer and vehicle as JSON, the
 * order's non-declined lines copied into `invoice_lines`, totals frozen. Nothing of it may change
 * afterwards except the payment columns:
 * - the application role may insert and read lines, and update only the payment columns of an
 *   invoice (column-level grant);
 * - a trigger refuses any other update, and every delete, even by the table owner (cascades from
 *   deleting the workshop excepted, and the client going to null when the client is erased under
 *   GDPR: the buyer snapshot stays, invoices are kept for the accounting retention period).
 * Numbers are `YYYY/NNNNNN`, one gapless series per workshop and year shared by invoices and
 * credit notes, taken from `invoice_counters` under a row lock in the issuing transaction, so a
 * rollback gives the number back.
 */
export class Invoices1795340000000 implements MigrationInterface {
  name = 'Invoices1795340000000';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      // What the workshop prints on its invoices. One row per workshop, written by owners/managers.
      `create table invoice_settings (
        tenant_id uuid not null references tenants (id) on delete cascade,
        legal_name text check (char_length(legal_name) between 1 and 200),
        address_line1 text check (char_length(address_line1) between 1 and 200),
        address_line2 text check (char_length(address_line2) <= 200),
        postal_code text check (char_length(postal_code) between 1 and 20),
        city text check (char_length(city) between 1 and 100),
        country text check (country ~ '^[A-Z]{2}$'),
        tax_id text check (char_length(tax_id) between 1 and 40),
        bank_name text check (char_length(bank_name) <= 100),
        bank_account text check (char_length(bank_account) between 1 and 64),
        payment_terms_days integer not null default 14 check (payment_terms_days between 0 and 365),
        footer text check (char_length(footer) <= 1000),
        version integer not null default 1,
        updated_by uuid references users (id) on delete set null,
        updated_at timestamptz not null default now(),
        primary key (tenant_id)
      )`,
      ...tenantIsolation('invoice_settings'),
      grantToApp('invoice_settings', 'select, insert, update'),

      // The last number given out per workshop and year (the year in the workshop's time zone).
      `create table invoice_counters (
        tenant_id uuid not null references tenants (id) on delete cascade,
        year integer not null check (year between 2000 and 9999),
        last_sequence integer not null check (last_sequence between 0 and 999999),
        primary key (tenant_id, year)
      )`,
      ...tenantIsolation('invoice_counters'),
      grantToApp('invoice_counters', 'select, insert, update'),

      `create table invoices (
        tenant_id uuid not null references tenants (id) on delete cascade,
        id uuid not null,
        kind text not null check (kind in ('invoice', 'credit_note')),
        number text not null check (number ~ '^[0-9]{4}/[0-9]{6}$'),
        year integer not null check (year between 2000 and 9999),
        sequence integer not null check (sequence between 1 and 999999),
        repair_order_id uuid not null,
        corrects_invoice_id uuid,
        client_id uuid,
        vehicle_id uuid not null,
        currency char(3) not null check (currency ~ '^[A-Z]{3}$'),
        locale text not null check (locale in ('en', 'pl', 'da')),
        time_zone text not null,
        issued_at timestamptz not null default now(),
        issue_date date not null,
        sale_date date not null,
        due_date date not null,
        net_minor bigint not null,
        vat_minor bigint not null,
        gross_minor bigint not null,
        seller jsonb not null check (jsonb_typeof(seller) = 'object'),
        buyer jsonb not null check (jsonb_typeof(buyer) = 'object'),
        vehicle jsonb not null check (jsonb_typeof(vehicle) = 'object'),
        reason text check (char_length(reason) between 1 and 1000),
        issued_by uuid,
        -- The payment: the only columns the application role may update, once.
        paid_at timestamptz,
        paid_on date,
        payment_method text check (payment_method in ('cash', 'card', 'transfer', 'other')),
        paid_recorded_by uuid,
        paid_recorded_at timestamptz,
        primary key (tenant_id, id),
        constraint invoices_number_key unique (tenant_id, number),
        constraint invoices_sequence_key unique (tenant_id, year, sequence),
        constraint invoices_number_matches check (number = year::text || '/' || lpad(sequence::text, 6, '0')),
        foreign key (tenant_id, repair_order_id) references repair_orders (tenant_id, id),
        foreign key (tenant_id, corrects_invoice_id) references invoices (tenant_id, id),
        foreign key (tenant_id, client_id) references clients (tenant_id, id) on delete set null (client_id),
        foreign key (tenant_id, vehicle_id) references vehicles (tenant_id, id),
        constraint invoices_totals check (gross_minor = net_minor + vat_minor),
        constraint invoices_kind_shape check (
          (kind = 'invoice' and corrects_invoice_id is null and reason is null
             and net_minor >= 0 and vat_minor >= 0)
          or (kind = 'credit_note' and corrects_invoice_id is not null and reason is not null
             and net_minor <= 0 and vat_minor <= 0 and paid_at is null)),
        constraint invoices_payment_whole check (
          (paid_at is null) = (paid_on is null) and (paid_at is null) = (payment_method is null)
          and (paid_at is null) = (paid_recorded_at is null))
      )`,
      // A credit note reverses its invoice in full, so an invoice has at most one.
      `create unique index invoices_one_credit_note on invoices (tenant_id, corrects_invoice_id)
        where corrects_invoice_id is not null`,
      `create index invoices_issued_idx on invoices (tenant_id, issued_at desc)`,
      `create index invoices_issue_date_idx on invoices (tenant_id, issue_date)`,
      `create index invoices_order_idx on invoices (tenant_id, repair_order_id)`,
      `create index invoices_client_idx on invoices (tenant_id, client_id) where client_id is not null`,
      ...tenantIsolation('invoices'),
      grantToApp(
        'invoices',
        'select, insert, update (paid_at, paid_on, payment_method, paid_recorded_by, paid_recorded_at)',
      ),

      // A snapshot of the order's non-declined lines, negated for a credit note. No foreign key
      // to parts or users: the snapshot must outlive them.
      `create table invoice_lines (
        tenant_id uuid not null,
        invoice_id uuid not null,
        id uuid not null,
        position integer not null check (position >= 1),
        kind text not null check (kind in ('labour', 'part', 'fee')),
        description text not null check (char_length(description) between 1 and 500),
        part_id uuid,
        mechanic_user_id uuid,
        quantity_hundredths integer not null check (quantity_hundredths <> 0),
        unit_price_minor bigint not null check (unit_price_minor >= 0),
        vat_rate_bp integer not null check (vat_rate_bp between 0 and 10000),
        net_minor bigint not null,
        primary key (tenant_id, id),
        constraint invoice_lines_position_key unique (tenant_id, invoice_id, position),
        foreign key (tenant_id, invoice_id) references invoices (tenant_id, id) on delete cascade
      )`,
      ...tenantIsolation('invoice_lines'),
      grantToApp('invoice_lines', 'select, insert'),

      `create function invoices_immutable() returns trigger language plpgsql as $$
        begin
          -- Cascades from deleting the workshop (or the GDPR erasure of the client) run below
          -- another trigger; nothing else may delete.
          if tg_op = 'DELETE' then
            if pg_trigger_depth() > 1 then return old; end if;
            raise exception 'an issued invoice cannot be deleted' using errcode = '42501';
          end if;
          if (to_jsonb(new) - array['paid_at', 'paid_on', 'payment_method', 'paid_recorded_by',
                                    'paid_recorded_at', 'client_id'])
             is distinct from
             (to_jsonb(old) - array['paid_at', 'paid_on', 'payment_method', 'paid_recorded_by',
                                    'paid_recorded_at', 'client_id']) then
            raise exception 'an issued invoice cannot be changed' using errcode = '42501';
          end if;
          if new.client_id is distinct from old.client_id and new.client_id is not null then
            raise exception 'an issued invoice cannot be changed' using errcode = '42501';
          end if;
          if old.paid_at is not null and (
               new.paid_at, new.paid_on, new.payment_method, new.paid_recorded_by, new.paid_recorded_at)
               is distinct from
               (old.paid_at, old.paid_on, old.payment_method, old.paid_recorded_by, old.paid_recorded_at) then
            raise exception 'a paid invoice stays paid' using errcode = '42501';
          end if;
          return new;
        end
      $$`,
      `create trigger invoices_immutable before update or delete on invoices
        for each row execute function invoices_immutable()`,
      `create function invoice_lines_immutable() returns trigger language plpgsql as $$
        begin
          if tg_op = 'DELETE' and pg_trigger_depth() > 1 then return old; end if;
          raise exception 'issued invoice lines cannot be changed' using errcode = '42501';
        end
      $$`,
      `create trigger invoice_lines_immutable before update or delete on invoice_lines
        for each row execute function invoice_lines_immutable()`,
    ];
    for (const statement of statements) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('drop table if exists invoice_lines, invoices, invoice_counters, invoice_settings');
    await db.query('drop function if exists invoices_immutable(), invoice_lines_immutable()');
  }
}
