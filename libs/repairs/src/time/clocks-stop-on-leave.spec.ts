import type { AuditRecord, AuditTrail } from '@pitlane/core';
import type { RepairOrder } from '../orders/repair-order.entity';
import { NEXT_STATUSES, REPAIR_ORDER_STATUSES } from '../orders/status-workflow';
import { ClocksStopOnLeave } from './clocks-stop-on-leave';
import type { TimeEntryRepository } from './time-entry.repository';

/** Which moves stop the clocks, over every pair of the workflow table. */
describe('ClocksStopOnLeave', () => {
  const order = { id: '3f1c8d7e-0000-4000-8000-000000000001' } as RepairOrder;

  function run(from: (typeof REPAIR_ORDER_STATUSES)[number], to: (typeof REPAIR_ORDER_STATUSES)[number]) {
    const stopped: string[] = [];
    const recorded: string[] = [];
    const entries = {
      stopAllOnOrder: (orderId: string) => {
        stopped.push(orderId);
        return Promise.resolve(['entry-1', 'entry-2']);
      },
    } as unknown as TimeEntryRepository;
    const audit = {
      record: (event: AuditRecord) => {
        recorded.push(`${event.action} ${event.entityId}`);
        return Promise.resolve();
      },
    } as unknown as AuditTrail;
    return new ClocksStopOnLeave(entries, audit)
      .before({ actor: null, order, from, to })
      .then(() => ({ stopped, recorded }));
  }

  it('stops every clock of the order, once, on each move out of in_progress, and audits each entry', async () => {
    expect(NEXT_STATUSES.in_progress.length).toBeGreaterThan(0);
    for (const to of NEXT_STATUSES.in_progress) {
      const { stopped, recorded } = await run('in_progress', to);
      expect(stopped).toEqual([order.id]);
      expect(recorded).toEqual(['time_entry.stopped entry-1', 'time_entry.stopped entry-2']);
    }
  });

  it('touches nothing on any move that does not leave in_progress', async () => {
    for (const from of REPAIR_ORDER_STATUSES.filter((status) => status !== 'in_progress')) {
      for (const to of NEXT_STATUSES[from]) {
        expect(await run(from, to)).toEqual({ stopped: [], recorded: [] });
      }
    }
  });
});
