import { Injectable } from '@nestjs/common';
import { Page, pageOf, offsetOf, PageQuery, TenantDatabase } from '@pitlane/core';
import { Principal } from '@pitlane/identity';
import { RepairsError, RepairsErrorCode } from '../errors/repairs.error';
import { OrderWorkflow } from '../orders/order-workflow';
import { RepairOrderRepository } from '../orders/repair-order.repository';
import { RepairOrderStatus } from '../orders/status-workflow';
import { RecordApprovalDto } from './dto/record-approval.dto';
import { SendEstimateDto } from './dto/send-estimate.dto';
import { DECIDED_IN, EstimateDecisions, estimateState } from './estimate-decisions';
import { EstimateMailer } from './estimate-mailer';
import { EstimateVersions } from './estimate-versions';
import { EstimateVersionResponse, presentVersion, SentEstimateResponse } from './estimate.response';

/** Where a new version may be sent from: a first estimate, a revision of it, or a supplement. */
const SENDABLE_IN: readonly RepairOrderStatus[] = ['draft', ...DECIDED_IN];

/**
 * The staff side of estimates: send the order's lines to the customer as a new version (mailed
 * with a signed link, or the link handed back when the client has no e-mail), list the versions
 * with their decisions, and record an answer the customer gave by phone or in person.
 */
@Injectable()
export class EstimatesService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly orders: RepairOrderRepository,
    private readonly versions: EstimateVersions,
    private readonly decisions: EstimateDecisions,
    private readonly workflow: OrderWorkflow,
    private readonly mailer: EstimateMailer,
  ) {}

  send(actor: Principal, orderId: string, input: SendEstimateDto): Promise<SentEstimateResponse> {
    return this.db.transaction(async () => {
      const order = await this.orders.require(orderId, true);
      if (!SENDABLE_IN.includes(order.status)) {
        throw new RepairsError(
          RepairsErrorCode.OrderNotEditable,
          `An estimate cannot be sent for a repair order that is ${order.status}.`,
          undefined,
          { sendableIn: SENDABLE_IN },
        );
      }
      const recipient = await this.mailer.recipient(order);
      const frozen = await this.versions.freeze(order, {
        delivery: recipient ? 'email' : 'none',
        createdBy: actor.userId,
        message: input.message ?? null,
      });
      const link = frozen.link ?? '';
      if (recipient) await this.mailer.send(order, recipient, frozen.snapshot, link);
      // A supplement keeps the work's status; a first estimate (or a revision in draft) is now out.
      const moved = order.status === 'draft' ? await this.workflow.move(actor, order.id, 'estimate_sent') : order;
      return {
        ...presentVersion(frozen.version, null, 'open'),
        orderStatus: moved.status,
        mailed: recipient !== null,
        link: recipient ? null : link,
        notice: recipient
          ? 'The estimate was e-mailed to the client with a link to approve or decline it.'
          : 'The client has no e-mail address: nothing was mailed. Pass the link on another way (text message, printout).',
      };
    });
  }

  list(orderId: string, query: PageQuery): Promise<Page<EstimateVersionResponse>> {
    return this.db.transaction(async () => {
      const order = await this.orders.require(orderId);
      const latest = await this.versions.latest(orderId);
      const now = await this.versions.now();
      const [rows, total] = await this.versions.list(orderId, { take: query.limit, skip: offsetOf(query) });
      return pageOf(
        rows.map(({ version, approval }) =>
          presentVersion(version, approval, estimateState(version, approval !== null, latest?.id, order.status, now)),
        ),
        total,
        query,
      );
    });
  }

  /** An answer given to staff: stored like the customer's, with method `staff` and the staff member's id. */
  recordApproval(
    actor: Principal,
    orderId: string,
    number: number,
    input: RecordApprovalDto,
  ): Promise<EstimateVersionResponse> {
    return this.db.transaction(async () => {
      await this.orders.require(orderId, true);
      const version = await this.versions.byNumber(orderId, number);
      await this.decisions.decide(
        actor,
        version,
        { ...input, signatureName: input.customerName },
        { method: 'staff', staffUserId: actor.userId, ipAddress: null, userAgent: null },
      );
      return presentVersion(version, await this.versions.approvalOf(version), 'decided');
    });
  }
}
