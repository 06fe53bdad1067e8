import type { components } from '@/lib/api/schema.gen';

export type OrderStatus = components['schemas']['RepairOrderStatus'];

/** The smallest part of a card the drop rules look at. */
export interface Movable {
  readonly status: OrderStatus;
  readonly allowedTransitions: readonly OrderStatus[];
}

/** Reached only through invoice actions: never a drop target, whatever a stale answer says. */
export const INVOICE_ONLY: readonly OrderStatus[] = ['invoiced', 'paid'];

export type ColumnDropState = 'idle' | 'source' | 'allowed' | 'forbidden';

/** Whether the card may be dropped on the column of `target` (the API's allowed moves for the caller). */
export function canDrop(card: Movable, target: OrderStatus): boolean {
  if (target === card.status || INVOICE_ONLY.includes(target)) return false;
  return card.allowedTransitions.includes(target);
}

/** How a column looks while `dragged` is in the air: its own, accepting, or greyed out. */
export function columnDropState(dragged: Movable | null, column: OrderStatus): ColumnDropState {
  if (!dragged) return 'idle';
  if (dragged.status === column) return 'source';
  return canDrop(dragged, column) ? 'allowed' : 'forbidden';
}

/** What a drop of `card` on `target` should do: nothing (its own column), refuse it, or move. */
export function dropOutcome(card: Movable, target: OrderStatus | null): 'none' | 'refuse' | 'move' {
  if (target === null || target === card.status) return 'none';
  return canDrop(card, target) ? 'move' : 'refuse';
}

/**
 * Whether a move from `from` can be undone, given where the order may go after it (the
 * transition's answer): only when the workflow lets it straight back, and never into or out of
 * the invoice-only statuses.
 */
export function canUndo(from: OrderStatus, after: Movable): boolean {
  return !INVOICE_ONLY.includes(from) && canDrop(after, from);
}

/** Statuses in which a promised time that has passed means the car is late. */
const OPEN: readonly OrderStatus[] = ['draft', 'estimate_sent', 'approved', 'in_progress', 'waiting_parts'];

export function isLate(status: OrderStatus, promisedAt: string | null, now: number): boolean {
  return promisedAt !== null && OPEN.includes(status) && Date.parse(promisedAt) < now;
}
