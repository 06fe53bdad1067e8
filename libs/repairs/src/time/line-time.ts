import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { RepairsError, RepairsErrorCode } from '../errors/repairs.error';
import { TimeEntryRepository } from './time-entry.repository';

/**
 * 409 `line_has_time` when time was clocked on the line: the hours are history (reports count
 * them) and the foreign key would refuse the delete anyway. A manager deletes the entries first,
 * each with a reason.
 */
@Injectable()
export class LineTime {
  constructor(private readonly entries: TimeEntryRepository) {}

  async refuseIfClocked(orderId: string, lineId: string): Promise<void> {
    refuseEntries(await this.entries.countOnLine(orderId, lineId));
  }
}

/**
 * @deprecated inject LineTime and call `refuseIfClocked(orderId, lineId)`: kept only while the
 * order lines service moves to repositories. The tenant is the open transaction's setting.
 */
export async function refuseIfClocked(manager: EntityManager, orderId: string, lineId: string): Promise<void> {
  const rows: { entries: number }[] = await manager.query(
    `select count(*)::int as entries from time_entries
      where tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and order_id = $1 and line_id = $2`,
    [orderId, lineId],
  );
  refuseEntries(rows[0]?.entries ?? 0);
}

function refuseEntries(entries: number): void {
  if (entries === 0) return;
  throw new RepairsError(
    RepairsErrorCode.LineHasTime,
    'Time was clocked on this line; it cannot be removed while its time entries exist.',
    undefined,
    { timeEntries: entries },
  );
}
