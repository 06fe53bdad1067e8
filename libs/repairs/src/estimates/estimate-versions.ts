import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@pitlane/core';
import { GarageContacts } from '@pitlane/garage';
import { WorkshopProfileService } from '@pitlane/identity';
import { ESTIMATE_LINK_VALID_DAYS } from '@pitlane/mail';
import { randomUUID } from 'node:crypto';
import { RepairsError, RepairsErrorCode } from '../errors/repairs.error';
import { RepairOrder } from '../orders/repair-order.entity';
import { RepairOrderRepository } from '../orders/repair-order.repository';
import { canonicalJson, sha256Hex } from './canonical-json';
import { EstimateApproval } from './estimate-approval.entity';
import { buildSnapshot, EstimateSnapshot } from './estimate-snapshot';
import { EstimateTokens } from './estimate-tokens';
import { EstimateDelivery, EstimateVersion } from './estimate-version.entity';
import { EstimateRepository } from './estimate.repository';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface FrozenEstimate {
  readonly version: EstimateVersion;
  readonly snapshot: EstimateSnapshot;
  /** The link with its token, once: only the token's hash is stored. Null for a version approved on the spot. */
  readonly link: string | null;
}

/**
 * Estimate versions of an order: freezing the order's lines into the next one, and finding them
 * by number or by the token of their link. Rows are only ever inserted (the table refuses
 * changes): a newer version supersedes an older one simply by existing.
 */
@Injectable()
export class EstimateVersions {
  constructor(
    private readonly orders: RepairOrderRepository,
    private readonly estimates: EstimateRepository,
    private readonly workshops: WorkshopProfileService,
    private readonly contacts: GarageContacts,
    private readonly tokens: EstimateTokens,
    private readonly audit: AuditTrail,
  ) {}

  /**
   * The order's lines as its next version (the caller holds the order's row lock, so numbers
   * never clash). 409 when no line waits for a decision: there is nothing to ask about.
   */
  async freeze(
    order: RepairOrder,
    options: {
      readonly delivery: EstimateDelivery;
      readonly createdBy: string | null;
      readonly message: string | null;
    },
  ): Promise<FrozenEstimate> {
    const lines = (await this.orders.linesOf([order.id])).get(order.id) ?? [];
    if (!lines.some((line) => line.approval === 'pending')) {
      throw new RepairsError(
        RepairsErrorCode.NothingToApprove,
        'Every line of this repair order is already approved or declined: there is nothing to ask the customer.',
      );
    }
    // The transaction's own clock: the version's created_at (default now()) is this very instant.
    const now = await this.estimates.now();
    const last = await this.estimates.lastVersionNumber(order.id);
    const vehicle = await this.contacts.vehicleLabel(order.vehicleId);
    const snapshot = buildSnapshot({
      version: last + 1,
      orderNumber: order.number,
      issuedAt: now,
      workshopName: (await this.workshops.current()).name,
      vehicle,
      currency: order.currency,
      message: options.message,
      lines,
    });
    const text = canonicalJson(snapshot);
    const token = options.delivery === 'on_the_spot' ? null : this.tokens.mint(order.tenantId);
    const version = await this.estimates.insertVersion(
      Object.assign(new EstimateVersion(), {
        id: randomUUID(),
        orderId: order.id,
        version: snapshot.version,
        snapshot: text,
        hash: sha256Hex(text),
        tokenHash: token === null ? null : this.tokens.hash(token),
        expiresAt: token === null ? null : new Date(now.getTime() + ESTIMATE_LINK_VALID_DAYS * DAY_MS),
        delivery: options.delivery,
        createdBy: options.createdBy,
        createdAt: now,
      }),
    );
    await this.audit.record({
      action: options.delivery === 'on_the_spot' ? 'repair_order_estimate.frozen' : 'repair_order_estimate.sent',
      entityType: 'repair_order',
      entityId: order.id,
      changedFields: ['estimate'],
    });
    return { version, snapshot, link: token === null ? null : this.tokens.link(token) };
  }

  /** The version a link opens, or 404: unknown, or past its expiry. */
  async byToken(token: string): Promise<EstimateVersion> {
    const version = await this.estimates.byTokenHash(this.tokens.hash(token));
    const now = await this.estimates.now();
    if (!version || version.expiresAt === null || version.expiresAt <= now) throw estimateNotFound();
    return version;
  }

  async byNumber(orderId: string, number: number): Promise<EstimateVersion> {
    const version = await this.estimates.byNumber(orderId, number);
    if (!version) throw estimateNotFound();
    return version;
  }

  latest(orderId: string): Promise<EstimateVersion | null> {
    return this.estimates.latest(orderId);
  }

  /** Newest first, each with its decision (if any). */
  async list(
    orderId: string,
    page: { readonly take: number; readonly skip: number },
  ): Promise<[{ version: EstimateVersion; approval: EstimateApproval | null }[], number]> {
    const [versions, total] = await this.estimates.versions(orderId, page);
    const approvals = await this.estimates.approvalsOf(orderId);
    const byVersion = new Map(approvals.map((approval) => [approval.versionId, approval]));
    return [versions.map((version) => ({ version, approval: byVersion.get(version.id) ?? null })), total];
  }

  approvalOf(version: EstimateVersion): Promise<EstimateApproval | null> {
    return this.estimates.approvalOf(version.id);
  }

  /** The transaction's timestamp by the database clock (the same instant all through the transaction). */
  now(): Promise<Date> {
    return this.estimates.now();
  }
}

/** One answer for every estimate that cannot be opened: unknown, expired or another workshop's. */
export function estimateNotFound(): RepairsError {
  return new RepairsError(RepairsErrorCode.EstimateNotFound, 'No such estimate, or its link has expired.');
}
