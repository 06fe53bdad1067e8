import type { Role } from '@pitlane/identity';

export const REPAIR_ORDER_STATUSES = [
  'draft',
  'estimate_sent',
  'approved',
  'in_progress',
  'waiting_parts',
  'completed',
  'invoiced',
  'paid',
  'declined',
  'cancelled',
] as const;
export type RepairOrderStatus = (typeof REPAIR_ORDER_STATUSES)[number];

/**
 * The workflow, in one table: where each status may go next. Declined and cancelled are final.
 * `invoiced` and `paid` are in the table, but only the invoice services move an order into or
 * out of them (see INVOICE_ONLY): issuing (completed -> invoiced), paying (invoiced -> paid) and
 * a credit note, which reverses the invoice and sends the order back to `completed`.
 */
export const NEXT_STATUSES: { readonly [S in RepairOrderStatus]: readonly RepairOrderStatus[] } = {
  draft: ['estimate_sent', 'approved', 'cancelled'],
  estimate_sent: ['draft', 'approved', 'declined', 'cancelled'],
  approved: ['in_progress', 'cancelled'],
  in_progress: ['waiting_parts', 'completed'],
  waiting_parts: ['in_progress'],
  completed: ['invoiced'],
  invoiced: ['paid', 'completed'],
  paid: ['completed'],
  declined: [],
  cancelled: [],
};

/** Entered and left only through invoices, never by `POST /repair-orders/:id/transitions`. */
export const INVOICE_ONLY: readonly RepairOrderStatus[] = ['invoiced', 'paid'];

/** Statuses a mechanic may move an order to; owners and managers may make every legal move. */
export const MECHANIC_TARGETS: readonly RepairOrderStatus[] = ['in_progress', 'waiting_parts', 'completed'];

/** Lines may be added, changed and removed only while the order is in one of these. */
export const LINES_EDITABLE: readonly RepairOrderStatus[] = ['draft', 'in_progress', 'waiting_parts'];

/** The header (mileage, complaint, notes) may change in every status but these. */
export const HEADER_FROZEN: readonly RepairOrderStatus[] = ['invoiced', 'paid', 'declined', 'cancelled'];

/** An order entering one of these gives its inventory parts back to stock. */
export const RETURNS_PARTS: readonly RepairOrderStatus[] = ['declined', 'cancelled'];

/** An order entering one of these is closed for the business counters (work done or called off). */
export const CLOSES_ORDER: readonly RepairOrderStatus[] = ['completed', 'declined', 'cancelled'];

/** Where the API lets an order go from `status`. */
export function apiTransitions(status: RepairOrderStatus): RepairOrderStatus[] {
  if (INVOICE_ONLY.includes(status)) return [];
  return NEXT_STATUSES[status].filter((next) => !INVOICE_ONLY.includes(next));
}

/** Where someone with `role` may move an order in `status` through the API. */
export function transitionsFor(status: RepairOrderStatus, role: Role): RepairOrderStatus[] {
  const legal = apiTransitions(status);
  return role === 'mechanic' ? legal.filter((next) => MECHANIC_TARGETS.includes(next)) : legal;
}
