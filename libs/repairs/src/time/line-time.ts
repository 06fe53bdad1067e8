import { EntityManager } from 'typeorm';
import { RepairsError, RepairsErrorCode } from '../errors/repairs.error';

/**
 * 409 `line_has_time` when time was clocked on the line: the hours are history (reports count
 * them) and the foreign key would refuse the delete anyway. A manager deletes the entries first,
 * each with a reason.
 */
export async function refuseIfClocked(manager: EntityManager, orderId: string, lineId: string): Promise<void> {
  // By order and line: the prefix of time_entries_order_idx after the tenant.
  const rows: { entries: number }[] = await manager.query(
    'select count(*)::int as entries from time_entries where order_id = $1 and line_id = $2',
    [orderId, lineId],
  );
  const entries = rows[0]?.entries ?? 0;
  if (entries === 0) return;
  throw new RepairsError(
    RepairsErrorCode.LineHasTime,
    'Time was clocked on this line; it cannot be removed while its time entries exist.',
    undefined,
    { timeEntries: entries },
  );
}
