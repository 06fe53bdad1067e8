import { EntityManager } from 'typeorm';

/**
 * The workshop's next repair order number: 1, 2, 3… One statement creates the counter row on
 * the workshop's first order (two first orders racing: one inserts, the other waits on the key
 * and increments) and otherwise adds one. The row stays locked until the creating transaction
 * ends, so a second creation waits and then sees the committed value, and a rollback takes the
 * increment back with the order: no number is skipped or used twice. The price is that order
 * creations of one workshop are serialised from this statement to commit, which is why callers
 * take the number last, right before the insert.
 */
export async function nextOrderNumber(manager: EntityManager, tenantId: string): Promise<number> {
  const [row] = await manager.query<{ last_number: number }[]>(
    `insert into repair_order_counters (tenant_id, last_number) values ($1, 1)
     on conflict (tenant_id) do update set last_number = repair_order_counters.last_number + 1
     returning last_number`,
    [tenantId],
  );
  if (!row) throw new Error('the repair order counter returned no row');
  return row.last_number;
}
