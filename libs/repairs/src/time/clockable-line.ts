import { EntityManager } from 'typeorm';
import { RepairsError, RepairsErrorCode } from '../errors/repairs.error';
import { RepairOrderLine } from '../orders/repair-order-line.entity';

/** The line of this order, or 404 (another order's or workshop's line included). */
export async function requireLine(manager: EntityManager, orderId: string, lineId: string): Promise<RepairOrderLine> {
  const line = await manager.getRepository(RepairOrderLine).findOne({ where: { id: lineId, orderId } });
  if (!line) throw RepairsError.lineNotFound();
  return line;
}

/**
 * The line time may be put on, clocked or entered by hand: labour the customer did not decline.
 * The database refuses other kinds too (trigger); asking first answers which rule it was.
 */
export async function requireClockableLine(
  manager: EntityManager,
  orderId: string,
  lineId: string,
): Promise<RepairOrderLine> {
  const line = await requireLine(manager, orderId, lineId);
  if (line.kind !== 'labour') {
    throw new RepairsError(RepairsErrorCode.ClockRefused, 'Time is clocked on labour lines only.', undefined, {
      lineKind: line.kind,
    });
  }
  if (line.approval === 'declined') {
    throw new RepairsError(
      RepairsErrorCode.ClockRefused,
      'The customer declined this line: no work, no time on it.',
      undefined,
      { lineApproval: line.approval },
    );
  }
  return line;
}
