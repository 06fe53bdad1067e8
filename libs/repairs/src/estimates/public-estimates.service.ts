import { Injectable } from '@nestjs/common';
import { TenantContext, TenantDatabase } from '@pitlane/core';
import { WorkshopProfileService } from '@pitlane/identity';
import { RepairsError, RepairsErrorCode } from '../errors/repairs.error';
import { RepairOrderRepository } from '../orders/repair-order.repository';
import { DecideEstimateDto } from './dto/decide-estimate.dto';
import { EstimateDecisions, estimateState } from './estimate-decisions';
import { EstimateTokens } from './estimate-tokens';
import { EstimateVersion } from './estimate-version.entity';
import { EstimateVersions, estimateNotFound } from './estimate-versions';
import { EstimateSnapshotResponse, presentDecision, PublicEstimateResponse } from './estimate.response';

/** Where a customer's request came from, as the API saw it (behind the trusted proxy). */
export interface CustomerOrigin {
  readonly ipAddress: string | null;
  readonly userAgent: string | null;
}

/**
 * The customer's side of an estimate, without an account: the signed token of the link names
 * the workshop and opens one version. Its signature is checked before any query; a tampered,
 * truncated, foreign, expired or unknown token gets the same 404.
 */
@Injectable()
export class PublicEstimatesService {
  constructor(
    private readonly tenantContext: TenantContext,
    private readonly db: TenantDatabase,
    private readonly tokens: EstimateTokens,
    private readonly versions: EstimateVersions,
    private readonly decisions: EstimateDecisions,
    private readonly orders: RepairOrderRepository,
    private readonly workshops: WorkshopProfileService,
  ) {}

  view(token: string): Promise<PublicEstimateResponse> {
    return this.inEstimate(token, async (version) => this.present(version));
  }

  /**
   * The customer's decision. 409 `estimate-changed` unless `hash` is the version's own (they
   * decide on exactly what they were shown); 409 when decided already or superseded.
   */
  decide(input: DecideEstimateDto, origin: CustomerOrigin): Promise<PublicEstimateResponse> {
    const { token, hash, decision, lines, signatureName } = input;
    return this.inEstimate(token, async (version) => {
      if (hash !== version.hash) {
        throw new RepairsError(
          RepairsErrorCode.EstimateChanged,
          'This is not the estimate you were shown: reload it, check it and decide again.',
        );
      }
      const verdict = { decision, lines, signatureName };
      await this.decisions.decide(null, version, verdict, { method: 'customer', staffUserId: null, ...origin });
      return this.present(version);
    });
  }

  private async present(version: EstimateVersion): Promise<PublicEstimateResponse> {
    const order = await this.orders.require(version.orderId);
    const approval = await this.versions.approvalOf(version);
    const latest = await this.versions.latest(version.orderId);
    const state = estimateState(version, approval !== null, latest?.id, order.status, await this.versions.now());
    const workshop = await this.workshops.current();
    return {
      state,
      hash: version.hash,
      expiresAt: (version.expiresAt ?? new Date(0)).toISOString(),
      snapshot: JSON.parse(version.snapshot) as EstimateSnapshotResponse,
      decision: approval ? presentDecision(approval) : null,
      workshop: {
        name: workshop.name,
        locale: workshop.locale,
        timeZone: workshop.timeZone,
        phone: workshop.phone,
        email: workshop.publicEmail,
        address: {
          street: workshop.street,
          postalCode: workshop.postalCode,
          city: workshop.city,
          country: workshop.country,
        },
      },
    };
  }

  /**
   * Runs `work` in a transaction of the workshop the token names, once its signature holds and
   * the workshop takes requests (a suspended one answers 403 and nothing is read or written).
   */
  private inEstimate<T>(token: string, work: (version: EstimateVersion) => Promise<T>): Promise<T> {
    const tenantId = this.tokens.tenantOf(token);
    if (!tenantId) return Promise.reject(estimateNotFound());
    return this.tenantContext.run(tenantId, () =>
      this.db.transaction(async () => {
        if ((await this.workshops.status()) !== 'active') throw RepairsError.workshopNotAcceptingRequests();
        return work(await this.versions.byToken(token));
      }),
    );
  }
}
