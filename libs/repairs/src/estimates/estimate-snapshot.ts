import type { VehicleLabel } from '@pitlane/garage';
import { fromHundredths, OrderTotals, orderTotals } from '../money/order-totals';
import type { LineApproval, LineKind, RepairOrderLine } from '../orders/repair-order-line.entity';

/**
 * Names the shape, so a later shape can be told apart in stored evidence. v2 added
 * `orderNumber`; versions stored as v1 keep their text and hash and are never rewritten.
 */
export const ESTIMATE_SNAPSHOT_SCHEMAS = ['pitlane/estimate/v1', 'pitlane/estimate/v2'] as const;
export type EstimateSnapshotSchema = (typeof ESTIMATE_SNAPSHOT_SCHEMAS)[number];
/** What new versions are written in. */
export const ESTIMATE_SNAPSHOT_SCHEMA: EstimateSnapshotSchema = 'pitlane/estimate/v2';

export interface EstimateSnapshotLine {
  readonly id: string;
  readonly position: number;
  readonly kind: LineKind;
  readonly description: string;
  /** Hours (labour) or units, as the staff API writes them (1.5). */
  readonly quantity: number;
  readonly unitPriceMinor: number;
  readonly vatRateBp: number;
  readonly netMinor: number;
  /** `pending`: this version asks the customer about it; otherwise already decided earlier. */
  readonly approval: LineApproval;
}

/**
 * Exactly what the customer is shown and decides on; hashed in its canonical form. Nothing that
 * identifies the car beyond plate, make, model and year (never the VIN), and no client data.
 */
export interface EstimateSnapshot {
  readonly schema: EstimateSnapshotSchema;
  readonly version: number;
  /** The repair order's number in the workshop (v2 on; absent from v1 versions). */
  readonly orderNumber?: number;
  readonly issuedAt: string;
  readonly workshop: { readonly name: string };
  readonly vehicle: {
    readonly plate: string | null;
    readonly make: string;
    readonly model: string;
    readonly year: number | null;
  };
  readonly currency: string;
  readonly message: string | null;
  readonly lines: readonly EstimateSnapshotLine[];
  /** What the open (pending) lines come to: the amount this version asks approval for. */
  readonly openTotals: OrderTotals;
  /** The whole order if every open line is approved (declined lines left out). */
  readonly totals: OrderTotals;
}

export interface SnapshotInput {
  readonly version: number;
  readonly orderNumber: number;
  readonly issuedAt: Date;
  readonly workshopName: string;
  readonly vehicle: VehicleLabel;
  readonly currency: string;
  readonly message: string | null;
  readonly lines: readonly RepairOrderLine[];
}

export function buildSnapshot(input: SnapshotInput): EstimateSnapshot {
  const lines = input.lines.map((line): EstimateSnapshotLine => ({
    id: line.id,
    position: line.position,
    kind: line.kind,
    description: line.description,
    quantity: fromHundredths(line.quantityHundredths),
    unitPriceMinor: line.unitPriceMinor,
    vatRateBp: line.vatRateBp,
    netMinor: line.netMinor,
    approval: line.approval,
  }));
  return {
    schema: ESTIMATE_SNAPSHOT_SCHEMA,
    version: input.version,
    orderNumber: input.orderNumber,
    issuedAt: input.issuedAt.toISOString(),
    workshop: { name: input.workshopName },
    vehicle: {
      plate: input.vehicle.plate,
      make: input.vehicle.make,
      model: input.vehicle.model,
      year: input.vehicle.year,
    },
    currency: input.currency,
    message: input.message,
    lines,
    openTotals: orderTotals(input.lines.filter((line) => line.approval === 'pending')),
    totals: orderTotals(input.lines),
  };
}

/** The lines a version asks the customer about. */
export function openLines(snapshot: EstimateSnapshot): EstimateSnapshotLine[] {
  return snapshot.lines.filter((line) => line.approval === 'pending');
}
