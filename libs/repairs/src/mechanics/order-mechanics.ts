import { ApiProperty } from '@nestjs/swagger';
import { EntityManager } from 'typeorm';
import { RepairsError, RepairsErrorCode } from '../errors/repairs.error';

/** A mechanic assigned to a repair order, as the order response lists them. */
export class OrderMechanicResponse {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() name!: string;
}

/**
 * The mechanics of each order, by name, in the order they were assigned. Assignments are a
 * tenant table (row-level security keeps them to the workshop); the name is read from the
 * global users table through that join, so no other workshop's person can appear.
 */
export async function mechanicsOf(
  manager: EntityManager,
  orderIds: readonly string[],
): Promise<Map<string, OrderMechanicResponse[]>> {
  const byOrder = new Map<string, OrderMechanicResponse[]>(orderIds.map((id) => [id, []]));
  if (orderIds.length === 0) return byOrder;
  const rows: { order_id: string; user_id: string; name: string }[] = await manager.query(
    `select m.order_id, m.user_id, u.name
       from repair_order_mechanics m join users u on u.id = m.user_id
      where m.order_id = any ($1::uuid[])
      order by m.assigned_at, m.user_id`,
    [orderIds],
  );
  for (const row of rows) byOrder.get(row.order_id)?.push({ userId: row.user_id, name: row.name });
  return byOrder;
}

/** 409 `mechanic_not_assigned` unless `userId` is assigned to the order (`field` names the input). */
export async function requireAssigned(
  manager: EntityManager,
  orderId: string,
  userId: string,
  field?: string,
): Promise<void> {
  const rows: unknown[] = await manager.query(
    'select 1 from repair_order_mechanics where order_id = $1 and user_id = $2',
    [orderId, userId],
  );
  if (rows.length > 0) return;
  throw new RepairsError(
    RepairsErrorCode.MechanicNotAssigned,
    field
      ? 'The mechanic responsible for a line must first be assigned to the repair order.'
      : 'Only mechanics assigned to this repair order clock time on it.',
    field ? [{ field, message: 'is not assigned to this repair order' }] : undefined,
  );
}
