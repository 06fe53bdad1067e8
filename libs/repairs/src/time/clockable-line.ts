import { RepairsError, RepairsErrorCode } from '../errors/repairs.error';
import { RepairOrderLine } from '../orders/repair-order-line.entity';

/**
 * The line time may be put on, clocked or entered by hand: labour the customer did not decline.
 * The database refuses other kinds too (trigger); asking first answers which rule it was.
 */
export function requireClockable(line: RepairOrderLine): RepairOrderLine {
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
