import type { components } from '@/lib/api/schema.gen';

type Order = components['schemas']['RepairOrderResponse'];
type OrderLine = components['schemas']['RepairOrderLineResponse'];
type EstimateVersion = components['schemas']['EstimateVersionResponse'];

/**
 * The pending lines no estimate the customer can still answer asks about: lines changed or added
 * after the customer decided. Empty when nothing was ever sent (the empty estimates list says
 * that) or when the open version asks about exactly the pending lines on their current terms.
 * Mirrors the API's check before it records a decision (estimate-decisions.ts, requireUnchanged):
 * one changed line makes the whole open version stale, so every pending line needs a new one.
 */
export function linesNeedingNewEstimate(
  order: Pick<Order, 'lines'>,
  versions: readonly Pick<EstimateVersion, 'state' | 'snapshot'>[],
): OrderLine[] {
  const pending = order.lines.filter((line) => line.approval === 'pending');
  if (pending.length === 0 || versions.length === 0) return [];
  const open = versions.find((version) => version.state === 'open');
  if (!open) return pending;
  const asked = open.snapshot.lines.filter((line) => line.approval === 'pending');
  const current = new Map(pending.map((line) => [line.id, line]));
  const unchanged =
    asked.length === current.size &&
    asked.every((shown) => {
      const line = current.get(shown.id);
      return (
        line !== undefined &&
        line.kind === shown.kind &&
        line.description === shown.description &&
        line.quantity === shown.quantity &&
        line.unitPriceMinor === shown.unitPriceMinor &&
        line.vatRateBp === shown.vatRateBp
      );
    });
  return unchanged ? [] : pending;
}
