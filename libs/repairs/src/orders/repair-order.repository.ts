import { Injectable } from '@nestjs/common';
import { TenantRepository } from '@pitlane/core';
import { In } from 'typeorm';
import { RepairsError } from '../errors/repairs.error';
import type { OrderMechanicResponse } from '../mechanics/order-mechanics';
import { LineApproval, RepairOrderLine } from './repair-order-line.entity';
import { RepairOrder } from './repair-order.entity';

/** The columns a new order is given; the tenant comes from the open transaction. */
export type NewRepairOrder = Omit<RepairOrder, 'tenantId' | 'version' | 'createdAt' | 'updatedAt'>;
export type NewRepairOrderLine = Omit<RepairOrderLine, 'tenantId' | 'approval' | 'createdAt' | 'updatedAt'>;
export type OrderHeaderChanges = Partial<Pick<RepairOrder, 'mileageIn' | 'complaint' | 'notes' | 'promisedAt'>>;
export type LineChanges = Partial<
  Pick<
    RepairOrderLine,
    'description' | 'quantityHundredths' | 'unitPriceMinor' | 'vatRateBp' | 'netMinor' | 'approval' | 'mechanicUserId'
  >
>;

export interface RepairOrderFilter {
  readonly number?: number;
  readonly status?: string;
  readonly vehicleId?: string;
  readonly clientId?: string;
}

/** Which orders a board shows: all filters together. */
export interface BoardFilter {
  /** Only orders this person is assigned to. */
  readonly mechanicId?: string;
  readonly dateField: 'promised' | 'created';
  /** Local days (YYYY-MM-DD) in `timeZone`, both included. */
  readonly from?: string;
  readonly to?: string;
  readonly timeZone: string;
}

/** A board column: how many orders match in it, and the first `perColumn` of them. */
export interface BoardColumnRows {
  readonly total: number;
  readonly orders: RepairOrder[];
}

/** What keeps a mechanic on an order: time clocked, lines answered for, and whether assigned at all. */
export interface MechanicWork {
  readonly entries: number;
  readonly lines: number;
  readonly assigned: boolean;
}

/**
 * The repair order aggregate: orders, their lines, their mechanics and the workshop's order
 * counter. The only place with SQL for repair_orders, repair_order_lines, repair_order_mechanics
 * and repair_order_counters; every statement names the tenant of the open transaction first
 * (docs/tenancy.md, the second wall).
 */
@Injectable()
export class RepairOrderRepository extends TenantRepository {
  /**
   * The workshop's next repair order number: 1, 2, 3… One statement creates the counter row on
   * the workshop's first order (two first orders racing: one inserts, the other waits on the key
   * and increments) and otherwise adds one. The row stays locked until the creating transaction
   * ends, so a second creation waits and then sees the committed value, and a rollback takes the
   * increment back with the order: no number is skipped or used twice. The price is that order
   * creations of one workshop are serialised from this statement to commit, which is why callers
   * take the number last, right before the insert.
   */
  async nextNumber(): Promise<number> {
    const [row] = await this.manager.query<{ last_number: number }[]>(
      `insert into repair_order_counters (tenant_id, last_number) values ($1, 1)
       on conflict (tenant_id) do update set last_number = repair_order_counters.last_number + 1
        where repair_order_counters.tenant_id = $1
       returning last_number`,
      [this.tenantId],
    );
    if (!row) throw new Error('the repair order counter returned no row');
    return row.last_number;
  }

  async insert(order: NewRepairOrder): Promise<void> {
    await this.repository(RepairOrder).insert({ ...order, tenantId: this.tenantId });
  }

  /** The order, or 404 (another workshop's included). `lock` holds its row to the end of the transaction. */
  async require(id: string, lock = false): Promise<RepairOrder> {
    const order = await this.repository(RepairOrder).findOne({
      where: { tenantId: this.tenantId, id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!order) throw RepairsError.orderNotFound();
    return order;
  }

  async page(
    filter: RepairOrderFilter,
    order: { readonly column: string; readonly direction: 'ASC' | 'DESC' },
    page: { readonly take: number; readonly skip: number },
  ): Promise<[RepairOrder[], number]> {
    const builder = this.repository(RepairOrder)
      .createQueryBuilder('ro')
      .where('ro.tenantId = :tenantId', { tenantId: this.tenantId });
    if (filter.number !== undefined) builder.andWhere('ro.number = :number', { number: filter.number });
    if (filter.status !== undefined) builder.andWhere('ro.status = :status', { status: filter.status });
    if (filter.vehicleId !== undefined) builder.andWhere('ro.vehicleId = :vehicleId', { vehicleId: filter.vehicleId });
    if (filter.clientId !== undefined) builder.andWhere('ro.clientId = :clientId', { clientId: filter.clientId });
    return builder
      .orderBy(order.column, order.direction, 'NULLS LAST')
      .addOrderBy('ro.id')
      .take(page.take)
      .skip(page.skip)
      .getManyAndCount();
  }

  /**
   * The orders a board shows, by status: per status the count of matching orders and the
   * `perColumn` whose status changed last (newest first). One statement: a window per status.
   */
  async board(filter: BoardFilter, perColumn: number): Promise<Map<RepairOrder['status'], BoardColumnRows>> {
    const column = filter.dateField === 'promised' ? 'ro.promised_at' : 'ro.created_at';
    const params: unknown[] = [this.tenantId, perColumn];
    const where = ['ro.tenant_id = $1'];
    if (filter.mechanicId !== undefined) {
      params.push(filter.mechanicId);
      where.push(
        `exists (select 1 from repair_order_mechanics m
                  where m.tenant_id = $1 and m.order_id = ro.id and m.user_id = $${params.length})`,
      );
    }
    if (filter.from !== undefined || filter.to !== undefined) params.push(filter.timeZone);
    const zone = `$${params.length}`;
    if (filter.from !== undefined) {
      params.push(filter.from);
      where.push(`${column} >= ($${params.length}::date)::timestamp at time zone ${zone}`);
    }
    if (filter.to !== undefined) {
      params.push(filter.to);
      where.push(`${column} < ($${params.length}::date + 1)::timestamp at time zone ${zone}`);
    }
    const rows: { id: string; total: number }[] = await this.manager.query(
      `select id, total from (
         select ro.id, count(*) over (partition by ro.status)::int as total,
                row_number() over (partition by ro.status order by ro.status_changed_at desc, ro.id) as rank
           from repair_orders ro
          where ${where.join(' and ')}
       ) ranked where rank <= $2`,
      params,
    );
    const byStatus = new Map<RepairOrder['status'], BoardColumnRows>();
    if (rows.length === 0) return byStatus;
    const orders = await this.repository(RepairOrder).find({
      where: { tenantId: this.tenantId, id: In(rows.map((row) => row.id)) },
      order: { statusChangedAt: 'DESC', id: 'ASC' },
    });
    const totals = new Map(rows.map((row) => [row.id, row.total]));
    for (const order of orders) {
      const column = byStatus.get(order.status) ?? { total: totals.get(order.id) ?? 0, orders: [] };
      column.orders.push(order);
      byStatus.set(order.status, column);
    }
    return byStatus;
  }

  /** Changes the header and counts a new version of the order. */
  async update(order: RepairOrder, changes: OrderHeaderChanges): Promise<void> {
    await this.repository(RepairOrder).update(
      { tenantId: this.tenantId, id: order.id },
      { ...changes, version: order.version + 1 },
    );
  }

  /** A change elsewhere in the aggregate (lines, mechanics, approvals) is a new version of the order. */
  async touch(order: RepairOrder): Promise<void> {
    await this.update(order, {});
  }

  async setStatus(order: RepairOrder, status: RepairOrder['status']): Promise<void> {
    await this.repository(RepairOrder).update(
      { tenantId: this.tenantId, id: order.id },
      { status, statusChangedAt: new Date(), version: order.version + 1 },
    );
  }

  /**
   * Re-points every order of client `fromClientId` to `intoClientId` (a client merge), each a
   * new version of its order; answers the ids of the orders that moved.
   */
  async reassignClient(fromClientId: string, intoClientId: string): Promise<string[]> {
    const [rows] = await this.manager.query<[{ id: string }[], number]>(
      `update repair_orders set client_id = $3, version = version + 1, updated_at = now()
        where tenant_id = $1 and client_id = $2
        returning id`,
      [this.tenantId, fromClientId, intoClientId],
    );
    return rows.map((row) => row.id).sort();
  }

  /** The line of this order, or 404 (another order's or workshop's line included). */
  async requireLine(orderId: string, lineId: string): Promise<RepairOrderLine> {
    const line = await this.repository(RepairOrderLine).findOne({
      where: { tenantId: this.tenantId, orderId, id: lineId },
    });
    if (!line) throw RepairsError.lineNotFound();
    return line;
  }

  /** Each order's lines in position order (an empty list for an order without lines). */
  async linesOf(orderIds: readonly string[]): Promise<Map<string, RepairOrderLine[]>> {
    const byOrder = new Map<string, RepairOrderLine[]>(orderIds.map((id) => [id, []]));
    if (orderIds.length === 0) return byOrder;
    const lines = await this.repository(RepairOrderLine).find({
      where: { tenantId: this.tenantId, orderId: In([...orderIds]) },
      order: { position: 'ASC' },
    });
    for (const line of lines) byOrder.get(line.orderId)?.push(line);
    return byOrder;
  }

  async lastLinePosition(orderId: string): Promise<number> {
    const row = await this.repository(RepairOrderLine)
      .createQueryBuilder('line')
      .select('coalesce(max(line.position), 0)', 'max')
      .where('line.tenantId = :tenantId', { tenantId: this.tenantId })
      .andWhere('line.orderId = :orderId', { orderId })
      .getRawOne<{ max: number }>();
    return Number(row?.max ?? 0);
  }

  async insertLine(line: NewRepairOrderLine): Promise<void> {
    await this.repository(RepairOrderLine).insert({ ...line, tenantId: this.tenantId });
  }

  async updateLine(lineId: string, changes: LineChanges): Promise<void> {
    await this.repository(RepairOrderLine).update({ tenantId: this.tenantId, id: lineId }, changes);
  }

  async deleteLine(lineId: string): Promise<void> {
    await this.repository(RepairOrderLine).delete({ tenantId: this.tenantId, id: lineId });
  }

  async countPendingLines(orderId: string): Promise<number> {
    return this.repository(RepairOrderLine).countBy({ tenantId: this.tenantId, orderId, approval: 'pending' });
  }

  /** The customer's say on these lines of the order. */
  async setApproval(orderId: string, lineIds: readonly string[], approval: LineApproval): Promise<void> {
    if (lineIds.length === 0) return;
    await this.repository(RepairOrderLine).update(
      { tenantId: this.tenantId, orderId, id: In([...lineIds]) },
      { approval },
    );
  }

  /** True when a line of any order names the part (a part on an order is history, never deleted). */
  async anyLineUsesPart(partId: string): Promise<boolean> {
    const rows = await this.manager.query<unknown[]>(
      'select 1 from repair_order_lines where tenant_id = $1 and part_id = $2 limit 1',
      [this.tenantId, partId],
    );
    return rows.length > 0;
  }

  /**
   * The mechanics of each order, by name, in the order they were assigned. The name is read from
   * the global users table through the assignment, so no other workshop's person can appear.
   */
  async mechanicsOf(orderIds: readonly string[]): Promise<Map<string, OrderMechanicResponse[]>> {
    const byOrder = new Map<string, OrderMechanicResponse[]>(orderIds.map((id) => [id, []]));
    if (orderIds.length === 0) return byOrder;
    const rows: { order_id: string; user_id: string; name: string }[] = await this.manager.query(
      `select m.order_id, m.user_id, u.name
         from repair_order_mechanics m join users u on u.id = m.user_id
        where m.tenant_id = $1 and m.order_id = any ($2::uuid[])
        order by m.assigned_at, m.user_id`,
      [this.tenantId, orderIds],
    );
    for (const row of rows) byOrder.get(row.order_id)?.push({ userId: row.user_id, name: row.name });
    return byOrder;
  }

  async isAssigned(orderId: string, userId: string): Promise<boolean> {
    const rows: unknown[] = await this.manager.query(
      'select 1 from repair_order_mechanics where tenant_id = $1 and order_id = $2 and user_id = $3',
      [this.tenantId, orderId, userId],
    );
    return rows.length > 0;
  }

  /** False when already assigned (nothing changes). */
  async assign(orderId: string, userId: string, assignedBy: string): Promise<boolean> {
    const inserted: unknown[] = await this.manager.query(
      `insert into repair_order_mechanics (tenant_id, order_id, user_id, assigned_by)
       values ($1, $2, $3, $4)
       on conflict do nothing
       returning user_id`,
      [this.tenantId, orderId, userId, assignedBy],
    );
    return inserted.length > 0;
  }

  async unassign(orderId: string, userId: string): Promise<void> {
    await this.manager.query(
      'delete from repair_order_mechanics where tenant_id = $1 and order_id = $2 and user_id = $3',
      [this.tenantId, orderId, userId],
    );
  }

  async workOf(orderId: string, userId: string): Promise<MechanicWork> {
    const [work] = await this.manager.query<MechanicWork[]>(
      `select (select count(*)::int from time_entries
                where tenant_id = $1 and order_id = $2 and user_id = $3) as entries,
              (select count(*)::int from repair_order_lines
                where tenant_id = $1 and order_id = $2 and mechanic_user_id = $3) as lines,
              exists (select 1 from repair_order_mechanics
                       where tenant_id = $1 and order_id = $2 and user_id = $3) as assigned`,
      [this.tenantId, orderId, userId],
    );
    return work ?? { entries: 0, lines: 0, assigned: false };
  }
}
