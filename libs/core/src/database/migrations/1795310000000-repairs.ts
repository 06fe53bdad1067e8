import { MigrationInterface, QueryRunner } from 'typeorm';
import { grantToApp, tenantIsolation } from './tenant-table.sql';

/**
 * Repairs, first slice: the parts inventory with its append-only stock ledger, and repair orders
 * with their lines. Stock on hand lives in `part_stock`, updated in the same transaction as the
 * movement that changes it; its `on_hand >= 0` check is what refuses using more than is there,
 * however many requests race (the row lock serialises them, the losers see the new balance).
 * The application role may only insert and read movements, and a trigger refuses an update or
 * delete of one even by the table owner (cascades from deleting the workshop excepted).
 */
export class Repairs1795310000000 implements MigrationInterface {
  name = 'Repairs1795310000000';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      `create table parts (
        tenant_id uuid not null references tenants (id) on delete cascade,
        id uuid not null,
        part_number text not null check (char_length(part_number) between 1 and 64),
        part_number_key text not null,
        name text not null check (char_length(name) between 1 and 200),
        brand text check (char_length(brand) <= 100),
        cost_minor bigint not null check (cost_minor >= 0),
        price_minor bigint not null check (price_minor >= 0),
        vat_rate_bp integer not null check (vat_rate_bp between 0 and 10000),
        reorder_point integer not null default 0 check (reorder_point >= 0),
        location text check (char_length(location) <= 100),
        active boolean not null default true,
        version integer not null default 1,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (tenant_id, id),
        constraint parts_number_key unique (tenant_id, part_number_key)
      )`,
      `create index parts_name_idx on parts (tenant_id, lower(name))`,
      ...tenantIsolation('parts'),
      grantToApp('parts', 'select, insert, update, delete'),

      `create table part_stock (
        tenant_id uuid not null,
        part_id uuid not null,
        on_hand integer not null default 0 constraint part_stock_not_negative check (on_hand >= 0),
        updated_at timestamptz not null default now(),
        primary key (tenant_id, part_id),
        foreign key (tenant_id, part_id) references parts (tenant_id, id) on delete cascade
      )`,
      ...tenantIsolation('part_stock'),
      grantToApp('part_stock', 'select, insert, update'),

      `create table repair_orders (
        tenant_id uuid not null references tenants (id) on delete cascade,
        id uuid not null,
        vehicle_id uuid not null,
        -- Null once the client was erased under GDPR: the car's repair history stays, anonymous.
        client_id uuid,
        appointment_id uuid,
        status text not null default 'draft' check (status in (
          'draft', 'estimate_sent', 'approved', 'in_progress', 'waiting_parts', 'completed',
          'invoiced', 'paid', 'declined', 'cancelled')),
        currency char(3) not null check (currency ~ '^[A-Z]{3}$'),
        mileage_in integer check (mileage_in between 0 and 9999999),
        complaint text check (char_length(complaint) <= 4000),
        notes text check (char_length(notes) <= 4000),
        status_changed_at timestamptz not null default now(),
        version integer not null default 1,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (tenant_id, id),
        -- A vehicle with repair history cannot be deleted (garage answers 409); GDPR erasure
        -- anonymises the vehicle instead, and drops only the client.
        foreign key (tenant_id, vehicle_id) references vehicles (tenant_id, id),
        foreign key (tenant_id, client_id) references clients (tenant_id, id) on delete set null (client_id),
        foreign key (tenant_id, appointment_id) references appointments (tenant_id, id) on delete set null (appointment_id)
      )`,
      `create index repair_orders_created_idx on repair_orders (tenant_id, created_at desc)`,
      `create index repair_orders_status_idx on repair_orders (tenant_id, status)`,
      `create index repair_orders_vehicle_idx on repair_orders (tenant_id, vehicle_id)`,
      `create index repair_orders_client_idx on repair_orders (tenant_id, client_id)`,
      ...tenantIsolation('repair_orders'),
      grantToApp('repair_orders', 'select, insert, update'),

      // quantity_hundredths: hours or units times 100 (1.25 h = 125). A line from inventory
      // takes whole units only, since stock is counted in units.
      `create table repair_order_lines (
        tenant_id uuid not null,
        id uuid not null,
        order_id uuid not null,
        position integer not null check (position >= 1),
        kind text not null check (kind in ('labour', 'part', 'fee')),
        description text not null check (char_length(description) between 1 and 500),
        part_id uuid,
        quantity_hundredths integer not null check (quantity_hundredths between 1 and 100000000),
        unit_price_minor bigint not null check (unit_price_minor between 0 and 100000000000),
        vat_rate_bp integer not null check (vat_rate_bp between 0 and 10000),
        net_minor bigint not null check (net_minor >= 0),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (tenant_id, id),
        foreign key (tenant_id, order_id) references repair_orders (tenant_id, id) on delete cascade,
        foreign key (tenant_id, part_id) references parts (tenant_id, id),
        check (part_id is null or (kind = 'part' and quantity_hundredths % 100 = 0))
      )`,
      `create index repair_order_lines_order_idx on repair_order_lines (tenant_id, order_id, position)`,
      `create index repair_order_lines_part_idx on repair_order_lines (tenant_id, part_id) where part_id is not null`,
      ...tenantIsolation('repair_order_lines'),
      grantToApp('repair_order_lines', 'select, insert, update, delete'),

      // The ledger. `quantity` is the signed change; `balance_after` the stock it left. A line
      // id is kept as history (lines may be deleted later; their movements stay).
      `create table stock_movements (
        tenant_id uuid not null,
        id uuid not null,
        part_id uuid not null,
        kind text not null check (kind in ('receive', 'use', 'return', 'adjust')),
        quantity integer not null check (quantity <> 0),
        balance_after integer not null check (balance_after >= 0),
        reason text check (char_length(reason) <= 500),
        unit_cost_minor bigint check (unit_cost_minor >= 0),
        repair_order_id uuid,
        line_id uuid,
        actor_user_id uuid references users (id) on delete set null,
        created_at timestamptz not null default clock_timestamp(),
        primary key (tenant_id, id),
        foreign key (tenant_id, part_id) references parts (tenant_id, id) on delete cascade,
        foreign key (tenant_id, repair_order_id) references repair_orders (tenant_id, id),
        check (kind <> 'receive' or quantity > 0),
        check (kind <> 'use' or (quantity < 0 and repair_order_id is not null)),
        check (kind <> 'return' or (quantity > 0 and repair_order_id is not null)),
        check (kind <> 'adjust' or char_length(btrim(reason)) > 0)
      )`,
      `create index stock_movements_part_idx on stock_movements (tenant_id, part_id, created_at desc)`,
      ...tenantIsolation('stock_movements'),
      grantToApp('stock_movements', 'select, insert'),
      `create function stock_movements_append_only() returns trigger language plpgsql as $$
        begin
          -- A cascade from deleting the whole workshop (or a part, which the service allows
          -- only before its first movement) runs below another trigger; nothing else may.
          if pg_trigger_depth() > 1 then return old; end if;
          raise exception 'stock_movements is append-only' using errcode = '42501';
        end
      $$`,
      `create trigger stock_movements_append_only before update or delete on stock_movements
        for each row execute function stock_movements_append_only()`,
    ];
    for (const statement of statements) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('drop table if exists stock_movements, repair_order_lines, repair_orders, part_stock, parts');
    await db.query('drop function if exists stock_movements_append_only()');
  }
}
