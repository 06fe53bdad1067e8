import type { components } from '@/lib/api/schema.gen';

type Order = components['schemas']['RepairOrderResponse'];
type Status = components['schemas']['RepairOrderStatus'];
type Role = components['schemas']['Role'];

/** Statuses a mechanic may move an order to (the API refuses them the rest). */
const MECHANIC_TARGETS: readonly Status[] = ['in_progress', 'waiting_parts', 'completed'];

/** Invoiced and paid happen through the invoice actions only, never this menu. */
const INVOICE_ONLY: readonly Status[] = ['invoiced', 'paid'];

/** Lines may be added, changed and removed only in these (the API's LINES_EDITABLE). */
export const LINES_EDITABLE: readonly Status[] = ['draft', 'in_progress', 'waiting_parts'];

/** Clocks start on an approved order (it moves to in progress) or one in progress. */
export const CLOCKABLE: readonly Status[] = ['approved', 'in_progress'];

/** The next steps the API allows this person, in the API's order. */
export function nextStepsFor(order: Pick<Order, 'allowedTransitions'>, role: Role): Status[] {
  return order.allowedTransitions.filter(
    (next) => !INVOICE_ONLY.includes(next) && (role !== 'mechanic' || MECHANIC_TARGETS.includes(next)),
  );
}

export const STATUS_TONE: Record<Status, 'neutral' | 'brand' | 'success' | 'warning' | 'danger'> = {
  draft: 'neutral',
  estimate_sent: 'brand',
  approved: 'success',
  in_progress: 'brand',
  waiting_parts: 'warning',
  completed: 'success',
  invoiced: 'neutral',
  paid: 'success',
  declined: 'danger',
  cancelled: 'danger',
};
