import { Injectable } from '@nestjs/common';
import { Principal } from '@pitlane/identity';
import { RepairsError, RepairsErrorCode } from '../errors/repairs.error';
import { toHundredths } from '../money/order-totals';
import { OrderWorkflow } from '../orders/order-workflow';
import { RepairOrder } from '../orders/repair-order.entity';
import { RepairOrderRepository } from '../orders/repair-order.repository';
import { RepairOrderStatus } from '../orders/status-workflow';
import { alreadyDecided, ApprovalRecorder, DecisionInput, DecisionOrigin } from './approval-recorder';
import { EstimateSnapshot, openLines } from './estimate-snapshot';
import { EstimateVersion } from './estimate-version.entity';
import { EstimateRepository } from './estimate.repository';
import type { EstimateState } from './estimate.response';
import { changesApprovedTerms } from './line-approval';

/** A first estimate waits in estimate_sent; a supplement is decided while the work goes on. */
export const DECIDED_IN: readonly RepairOrderStatus[] = ['estimate_sent', 'in_progress', 'waiting_parts'];

/**
 * A decision on an estimate version by the customer (link) or by staff for them (phone): checks
 * that the version may still be decided, records it (ApprovalRecorder) and moves the order — a
 * first estimate to approved when any line is approved, to declined when none is; a supplement
 * leaves the work's status alone. All in the caller's transaction, with the order locked.
 */
@Injectable()
export class EstimateDecisions {
  constructor(
    private readonly orders: RepairOrderRepository,
    private readonly estimates: EstimateRepository,
    private readonly recorder: ApprovalRecorder,
    private readonly workflow: OrderWorkflow,
  ) {}

  /**
   * 409 when the version was decided already, when a newer version exists or the order no longer
   * waits for it, or when the order's open lines are no longer exactly what the version shows.
   * `actor` is null for the customer.
   */
  async decide(
    actor: Principal | null,
    version: EstimateVersion,
    input: DecisionInput,
    origin: DecisionOrigin,
  ): Promise<RepairOrder> {
    const order = await this.orders.require(version.orderId, true);
    if (await this.estimates.isDecided(version.id)) throw alreadyDecided();
    const latest = await this.estimates.latest(order.id);
    if (latest?.id !== version.id || !DECIDED_IN.includes(order.status)) {
      throw new RepairsError(
        RepairsErrorCode.EstimateSuperseded,
        'This estimate is no longer waiting for a decision: the workshop has a newer version or has moved on.',
      );
    }
    const snapshot = JSON.parse(version.snapshot) as EstimateSnapshot;
    await this.requireUnchanged(order, snapshot);
    await this.recorder.apply(order, version, snapshot, input, origin);
    if (order.status !== 'estimate_sent') return order;
    const lines = (await this.orders.linesOf([order.id])).get(order.id) ?? [];
    const to = lines.some((line) => line.approval === 'approved') ? 'approved' : 'declined';
    return this.workflow.move(actor, order.id, to);
  }

  /** 409 unless the order's pending lines are exactly the version's open lines, unchanged. */
  private async requireUnchanged(order: RepairOrder, snapshot: EstimateSnapshot): Promise<void> {
    const current = new Map(
      ((await this.orders.linesOf([order.id])).get(order.id) ?? [])
        .filter((line) => line.approval === 'pending')
        .map((line) => [line.id, line]),
    );
    const open = openLines(snapshot);
    const same =
      open.length === current.size &&
      open.every((shown) => {
        const line = current.get(shown.id);
        const terms = { ...shown, quantityHundredths: toHundredths(shown.quantity) };
        return line !== undefined && line.kind === shown.kind && !changesApprovedTerms(line, terms);
      });
    if (!same) {
      throw new RepairsError(
        RepairsErrorCode.EstimateChanged,
        'The work on this repair order has changed since this estimate was sent; the workshop will send a new one.',
      );
    }
  }
}

/** Where a version stands, for the lists and the customer's page. */
export function estimateState(
  version: Pick<EstimateVersion, 'id' | 'expiresAt'>,
  decided: boolean,
  latestId: string | undefined,
  orderStatus: RepairOrderStatus,
  now: Date,
): EstimateState {
  if (decided) return 'decided';
  if (latestId !== version.id || !DECIDED_IN.includes(orderStatus)) return 'superseded';
  if (version.expiresAt !== null && version.expiresAt <= now) return 'expired';
  return 'open';
}
