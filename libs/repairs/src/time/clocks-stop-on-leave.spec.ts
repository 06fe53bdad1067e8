import type { AuditTrail } from '@pitlane/core';
import type { EntityManager } from 'typeorm';
import type { RepairOrder } from '../orders/repair-order.entity';
import { NEXT_STATUSES, REPAIR_ORDER_STATUSES } from '../orders/status-workflow';
import { ClocksStopOnLeave } from './clocks-stop-on-leave';

/** Which moves stop the clocks, over every pair of the workflow table. */
describe('ClocksStopOnLeave', () => {
  const order = { id: '3f1c8d7e-0000-4000-8000-000000000001' } as RepairOrder;

  function run(from: (typeof REPAIR_ORDER_STATUSES)[number], to: (typeof REPAIR_ORDER_STATUSES)[number]) {
    const queries: { sql: string; params: unknown[] }[] = [];
    const recorded: string[] = [];
    const manager = {
      query: (sql: string, params: unknown[]) => {
        queries.push({ sql, params });
        return Promise.resolve([[{ id: 'entry-1' }, { id: 'entry-2' }], 2]);
      },
    } as unknown as EntityManager;
    const audit = {
      record: (_manager: EntityManager, event: { action: string; entityId: string }) => {
        recorded.push(`${event.action} ${event.entityId}`);
        return Promise.resolve();
      },
    } as unknown as AuditTrail;
    return new ClocksStopOnLeave(audit)
      .before({ manager, actor: null, order, from, to })
      .then(() => ({ queries, recorded }));
  }

  it('stops every clock of the order, once, on each move out of in_progress, and audits each entry', async () => {
    expect(NEXT_STATUSES.in_progress.length).toBeGreaterThan(0);
    for (const to of NEXT_STATUSES.in_progress) {
      const { queries, recorded } = await run('in_progress', to);
      expect(queries).toHaveLength(1);
      expect(queries[0]!.sql).toMatch(/update time_entries set stopped_at = now\.at, stopped_by = 'status'/);
      expect(queries[0]!.sql).toMatch(/where order_id = \$1 and stopped_at is null/);
      expect(queries[0]!.params).toEqual([order.id]);
      expect(recorded).toEqual(['time_entry.stopped entry-1', 'time_entry.stopped entry-2']);
    }
  });

  it('touches nothing on any move that does not leave in_progress', async () => {
    for (const from of REPAIR_ORDER_STATUSES.filter((status) => status !== 'in_progress')) {
      for (const to of NEXT_STATUSES[from]) {
        expect(await run(from, to)).toEqual({ queries: [], recorded: [] });
      }
    }
  });
});
