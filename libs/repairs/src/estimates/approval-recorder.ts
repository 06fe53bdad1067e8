import { Injectable } from '@nestjs/common';
import { AuditTrail, isPostgresError, PG_UNIQUE_VIOLATION } from '@pitlane/core';
import { randomUUID } from 'node:crypto';
import { RepairsError, RepairsErrorCode } from '../errors/repairs.error';
import { RepairOrder } from '../orders/repair-order.entity';
import { RepairOrderRepository } from '../orders/repair-order.repository';
import { ApprovalMethod, LineDecision } from './estimate-approval.entity';
import { EstimateSnapshot, openLines } from './estimate-snapshot';
import { EstimateVersion } from './estimate-version.entity';
import { EstimateRepository } from './estimate.repository';

/** What is decided: the whole estimate, or each open line. Exactly one of the two. */
export interface DecisionInput {
  readonly decision?: 'approve' | 'decline';
  readonly lines?: readonly LineDecision[];
  /** The customer's typed full name (or, when staff record it, the name the customer gave). */
  readonly signatureName: string;
  readonly note?: string | null;
}

export interface DecisionOrigin {
  readonly method: ApprovalMethod;
  readonly staffUserId: string | null;
  readonly ipAddress: string | null;
  readonly userAgent: string | null;
}

/**
 * Writes a decision on an estimate version, in the caller's transaction and without judging
 * whether it may be made (EstimateDecisions does that): the lines the version asked about become
 * approved or declined, the decision is stored as evidence and the audit trail says so.
 */
@Injectable()
export class ApprovalRecorder {
  constructor(
    private readonly orders: RepairOrderRepository,
    private readonly estimates: EstimateRepository,
    private readonly audit: AuditTrail,
  ) {}

  async apply(
    order: RepairOrder,
    version: EstimateVersion,
    snapshot: EstimateSnapshot,
    input: DecisionInput,
    origin: DecisionOrigin,
  ): Promise<void> {
    const decisions = decisionsFor(snapshot, input);
    const approved = decisions.filter((d) => d.approved).map((d) => d.lineId);
    const declined = decisions.filter((d) => !d.approved).map((d) => d.lineId);
    await this.orders.setApproval(order.id, approved, 'approved');
    await this.orders.setApproval(order.id, declined, 'declined');
    try {
      await this.estimates.insertApproval({
        id: randomUUID(),
        orderId: order.id,
        versionId: version.id,
        version: version.version,
        hash: version.hash,
        method: origin.method,
        decisions,
        signatureName: input.signatureName.trim(),
        note: input.note?.trim() || null,
        staffUserId: origin.staffUserId,
        ipAddress: origin.ipAddress,
        userAgent: origin.userAgent?.slice(0, 1000) ?? null,
      });
    } catch (error) {
      // Two decisions raced past the caller's check: the unique key lets exactly one in.
      if (isPostgresError(error, PG_UNIQUE_VIOLATION)) throw alreadyDecided();
      throw error;
    }
    await this.orders.touch(order);
    const verdict = declined.length === 0 ? 'approved' : approved.length === 0 ? 'declined' : 'partly_approved';
    await this.audit.record({
      action: `repair_order_estimate.${verdict}_by_${origin.method}`,
      entityType: 'repair_order',
      entityId: order.id,
      changedFields: ['lines.approval'],
    });
  }
}

export function alreadyDecided(): RepairsError {
  return new RepairsError(RepairsErrorCode.EstimateAlreadyDecided, 'This estimate has already been decided.');
}

/**
 * One decision per open line of the version: 404 for a line that is not on it (as for another
 * workshop's line), 400 for one it does not ask about (decided before), twice, or left out.
 */
function decisionsFor(snapshot: EstimateSnapshot, input: DecisionInput): LineDecision[] {
  const open = openLines(snapshot).map((line) => line.id);
  const shown = new Set(snapshot.lines.map((line) => line.id));
  if ((input.decision === undefined) === (input.lines === undefined)) {
    throw RepairsError.invalid('decision', 'give either a decision on the whole estimate or one per line, not both');
  }
  if (input.decision !== undefined) return open.map((lineId) => ({ lineId, approved: input.decision === 'approve' }));
  const given = new Map<string, boolean>();
  for (const decision of input.lines ?? []) {
    if (!shown.has(decision.lineId)) throw RepairsError.lineNotFound();
    if (!open.includes(decision.lineId))
      throw RepairsError.invalid('lines', 'names a line this estimate does not ask about');
    if (given.has(decision.lineId)) throw RepairsError.invalid('lines', 'names a line twice');
    given.set(decision.lineId, decision.approved);
  }
  const missing = open.filter((lineId) => !given.has(lineId));
  if (missing.length > 0)
    throw RepairsError.invalid('lines', `needs a decision on every line asked about (${missing.length} missing)`);
  return open.map((lineId) => ({ lineId, approved: given.get(lineId) === true }));
}
