import { ApiProperty } from '@nestjs/swagger';
import { EntityManager } from 'typeorm';
import { RepairsError, RepairsErrorCode } from '../errors/repairs.error';

/** A mechanic assigned to a repair order, as the order response lists them. */
export class OrderMechanicResponse {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() name!: string;
}

/** 409 `mechanic_not_assigned` for a mechanic who is not on the order (`field` names the input). */
export function mechanicNotAssigned(field?: string): RepairsError {
  return new RepairsError(
    RepairsErrorCode.MechanicNotAssigned,
    field
      ? 'The mechanic responsible for a line must first be assigned to the repair order.'
      : 'Only mechanics assigned to this repair order clock time on it.',
    field ? [{ field, message: 'is not assigned to this repair order' }] : undefined,
  );
}

/**
 * 409 `mechanic_not_assigned` unless `userId` is assigned to the order (`field` names the input).
 *
 * @deprecated inject OrderMechanicsService and call `requireAssigned(orderId, userId, field?)`:
 * it reads the open tenant transaction through the order repository. Kept for the clock and time
 * entry services while they move; the tenant is the open transaction's own setting.
 */
export async function requireAssigned(
  manager: EntityManager,
  orderId: string,
  userId: string,
  field?: string,
): Promise<void> {
  const rows: unknown[] = await manager.query(
    `select 1 from repair_order_mechanics
      where tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and order_id = $1 and user_id = $2`,
    [orderId, userId],
  );
  if (rows.length === 0) throw mechanicNotAssigned(field);
}
