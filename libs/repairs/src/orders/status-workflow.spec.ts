import {
  apiTransitions,
  INVOICE_ONLY,
  LINES_EDITABLE,
  NEXT_STATUSES,
  REPAIR_ORDER_STATUSES,
  RepairOrderStatus,
  transitionsFor,
} from './status-workflow';

describe('the repair order workflow table', () => {
  it('names only known statuses and never a move to the same status', () => {
    for (const from of REPAIR_ORDER_STATUSES) {
      for (const to of NEXT_STATUSES[from]) {
        expect(REPAIR_ORDER_STATUSES).toContain(to);
        expect(to).not.toBe(from);
      }
    }
  });

  it('keeps invoiced and paid in the table but out of reach of the API, in and out', () => {
    expect(NEXT_STATUSES.completed).toContain('invoiced');
    expect(NEXT_STATUSES.invoiced).toContain('paid');
    for (const from of REPAIR_ORDER_STATUSES) {
      for (const reserved of INVOICE_ONLY) expect(apiTransitions(from)).not.toContain(reserved);
    }
    for (const reserved of INVOICE_ONLY) expect(apiTransitions(reserved)).toEqual([]);
  });

  it('lets only a credit note take an invoiced or paid order back to completed', () => {
    expect(NEXT_STATUSES.invoiced).toEqual(['paid', 'completed']);
    expect(NEXT_STATUSES.paid).toEqual(['completed']);
  });

  it('reaches every other status from draft through the API, and ends in declined or cancelled', () => {
    const reached = new Set<RepairOrderStatus>(['draft']);
    const queue: RepairOrderStatus[] = ['draft'];
    while (queue.length > 0) {
      for (const next of apiTransitions(queue.shift()!)) {
        if (!reached.has(next)) {
          reached.add(next);
          queue.push(next);
        }
      }
    }
    expect([...reached].sort()).toEqual(
      REPAIR_ORDER_STATUSES.filter((status) => !INVOICE_ONLY.includes(status)).sort(),
    );
    const final = REPAIR_ORDER_STATUSES.filter((status) => NEXT_STATUSES[status].length === 0);
    expect(final.sort()).toEqual(['cancelled', 'declined']);
  });

  it('lets a mechanic only start, pause and complete work', () => {
    expect(transitionsFor('approved', 'mechanic')).toEqual(['in_progress']);
    expect(transitionsFor('in_progress', 'mechanic')).toEqual(['waiting_parts', 'completed']);
    expect(transitionsFor('draft', 'mechanic')).toEqual([]);
    expect(transitionsFor('draft', 'manager')).toEqual(apiTransitions('draft'));
  });

  it('freezes lines once the estimate is out, until work starts, and after work ends', () => {
    expect(LINES_EDITABLE).toEqual(['draft', 'in_progress', 'waiting_parts']);
  });
});
