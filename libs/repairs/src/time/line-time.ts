import { Injectable } from '@nestjs/common';
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
    const entries = await this.entries.countOnLine(orderId, lineId);
    if (entries === 0) return;
    throw new RepairsError(
      RepairsErrorCode.LineHasTime,
      'Time was clocked on this line; it cannot be removed while its time entries exist.',
      undefined,
      { timeEntries: entries },
    );
  }
}
