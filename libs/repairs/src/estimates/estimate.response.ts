import { ApiProperty } from '@nestjs/swagger';
import { PageResponse } from '@pitlane/core';
import { LINE_APPROVALS, LINE_KINDS } from '../orders/repair-order-line.entity';
import { RepairOrderTotalsResponse } from '../orders/repair-order.response';
import { REPAIR_ORDER_STATUSES } from '../orders/status-workflow';
import { LineDecisionDto } from './dto/estimate-verdict.dto';
import { EstimateApproval } from './estimate-approval.entity';
import { ESTIMATE_SNAPSHOT_SCHEMAS } from './estimate-snapshot';
import { ESTIMATE_DELIVERIES, EstimateVersion } from './estimate-version.entity';

export const ESTIMATE_STATES = ['open', 'decided', 'superseded', 'expired'] as const;
/** open: waits for a decision; superseded: a newer version exists or the order moved on. */
export type EstimateState = (typeof ESTIMATE_STATES)[number];

export class EstimateLineResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: 'integer' }) position!: number;
  @ApiProperty({ enum: LINE_KINDS, enumName: 'LineKind' }) kind!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ description: 'Hours (labour) or units' }) quantity!: number;
  @ApiProperty({ type: 'integer', description: 'Net, minor units' }) unitPriceMinor!: number;
  @ApiProperty({ type: 'integer' }) vatRateBp!: number;
  @ApiProperty({ type: 'integer' }) netMinor!: number;
  @ApiProperty({
    enum: LINE_APPROVALS,
    enumName: 'LineApproval',
    description: '`pending`: this version asks about it; else decided before',
  })
  approval!: string;
}

export class EstimateVehicleResponse {
  @ApiProperty({ nullable: true, type: String }) plate!: string | null;
  @ApiProperty() make!: string;
  @ApiProperty() model!: string;
  @ApiProperty({ type: 'integer', nullable: true }) year!: number | null;
}

export class EstimateWorkshopResponse {
  @ApiProperty() name!: string;
}

/** The frozen estimate; `hash` is the SHA-256 of its canonical JSON (docs/repairs-estimates.md). */
export class EstimateSnapshotResponse {
  @ApiProperty({ enum: ESTIMATE_SNAPSHOT_SCHEMAS, enumName: 'EstimateSnapshotSchema' }) schema!: string;
  @ApiProperty({ type: 'integer' }) version!: number;
  @ApiProperty({
    required: false,
    type: 'integer',
    example: 1042,
    description: 'The repair order number; versions sent before numbers existed (schema v1) have none',
  })
  orderNumber?: number;
  @ApiProperty() issuedAt!: string;
  @ApiProperty({ type: EstimateWorkshopResponse }) workshop!: EstimateWorkshopResponse;
  @ApiProperty({ type: EstimateVehicleResponse }) vehicle!: EstimateVehicleResponse;
  @ApiProperty({ example: 'PLN' }) currency!: string;
  @ApiProperty({ nullable: true, type: String }) message!: string | null;
  @ApiProperty({ type: [EstimateLineResponse] }) lines!: EstimateLineResponse[];
  @ApiProperty({ type: RepairOrderTotalsResponse, description: 'The lines this version asks about' })
  openTotals!: RepairOrderTotalsResponse;
  @ApiProperty({ type: RepairOrderTotalsResponse, description: 'The order if they are all approved' })
  totals!: RepairOrderTotalsResponse;
}

/** What the customer sees of a decision. */
export class EstimateDecisionResponse {
  @ApiProperty({ enum: ['customer', 'staff'], enumName: 'EstimateDecisionMethod' }) method!: string;
  @ApiProperty() signatureName!: string;
  @ApiProperty() decidedAt!: string;
  @ApiProperty({ type: [LineDecisionDto] }) lines!: LineDecisionDto[];
}

/** What staff see of a decision: the evidence in full. */
export class StaffEstimateDecisionResponse extends EstimateDecisionResponse {
  @ApiProperty({ nullable: true, type: String }) note!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) staffUserId!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'The customer’s address as the API saw it' })
  ipAddress!: string | null;
  @ApiProperty({ nullable: true, type: String }) userAgent!: string | null;
}

export class PublicEstimateAddressResponse {
  @ApiProperty({ nullable: true, type: String, example: 'ul. Grochowska 215' }) street!: string | null;
  @ApiProperty({ nullable: true, type: String, example: '04-077' }) postalCode!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'Warszawa' }) city!: string | null;
  @ApiProperty({ example: 'PL', description: 'ISO 3166-1 alpha-2' }) country!: string;
}

/**
 * How the customer reaches the workshop and how its page speaks, read fresh from its profile
 * (the snapshot keeps only the name the estimate was issued under).
 */
export class PublicEstimateWorkshopResponse {
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ['en', 'pl', 'da'], enumName: 'PublicLocale', description: 'The workshop’s language' })
  locale!: 'en' | 'pl' | 'da';
  @ApiProperty({ example: 'Europe/Warsaw' }) timeZone!: string;
  @ApiProperty({ nullable: true, type: String, example: '+48 22 610 23 45' }) phone!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'serwis@example.pl' }) email!: string | null;
  @ApiProperty({ type: PublicEstimateAddressResponse }) address!: PublicEstimateAddressResponse;
}

export class PublicEstimateResponse {
  @ApiProperty({
    enum: ['open', 'decided', 'superseded'],
    description: 'An expired link opens nothing (404), so it is never `expired` here',
  })
  state!: EstimateState;
  @ApiProperty({ description: 'SHA-256 (hex) of the canonical JSON of `snapshot`; send it back to decide' })
  hash!: string;
  @ApiProperty() expiresAt!: string;
  @ApiProperty({ type: EstimateSnapshotResponse }) snapshot!: EstimateSnapshotResponse;
  @ApiProperty({ type: EstimateDecisionResponse, nullable: true }) decision!: EstimateDecisionResponse | null;
  @ApiProperty({ type: PublicEstimateWorkshopResponse }) workshop!: PublicEstimateWorkshopResponse;
}

export class EstimateVersionResponse {
  @ApiProperty({ type: 'integer' }) version!: number;
  @ApiProperty({ enum: ESTIMATE_STATES, enumName: 'EstimateState' }) state!: EstimateState;
  @ApiProperty() hash!: string;
  @ApiProperty({
    enum: ESTIMATE_DELIVERIES,
    enumName: 'EstimateDelivery',
    description: 'on_the_spot: frozen when staff approved it directly',
  })
  delivery!: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) createdBy!: string | null;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ nullable: true, type: String }) expiresAt!: string | null;
  @ApiProperty({ type: EstimateSnapshotResponse }) snapshot!: EstimateSnapshotResponse;
  @ApiProperty({ type: StaffEstimateDecisionResponse, nullable: true })
  decision!: StaffEstimateDecisionResponse | null;
}

export class EstimateVersionPageResponse extends PageResponse {
  @ApiProperty({ type: [EstimateVersionResponse] }) items!: EstimateVersionResponse[];
}

export class SentEstimateResponse extends EstimateVersionResponse {
  @ApiProperty({ enum: REPAIR_ORDER_STATUSES, enumName: 'RepairOrderStatus', description: 'The order after sending' })
  orderStatus!: string;
  @ApiProperty({ description: 'True when the estimate was e-mailed to the client' }) mailed!: boolean;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Only when not mailed (the client has no e-mail): the link to pass on another way',
  })
  link!: string | null;
  @ApiProperty({ description: 'What happened, in words for the staff member' }) notice!: string;
}

export function presentDecision(approval: EstimateApproval): EstimateDecisionResponse {
  return {
    method: approval.method,
    signatureName: approval.signatureName,
    decidedAt: approval.decidedAt.toISOString(),
    lines: approval.decisions.map(({ lineId, approved }) => ({ lineId, approved })),
  };
}

export function presentVersion(
  version: EstimateVersion,
  approval: EstimateApproval | null,
  state: EstimateState,
): EstimateVersionResponse {
  return {
    version: version.version,
    state,
    hash: version.hash,
    delivery: version.delivery,
    createdBy: version.createdBy,
    createdAt: version.createdAt.toISOString(),
    expiresAt: version.expiresAt?.toISOString() ?? null,
    snapshot: JSON.parse(version.snapshot) as EstimateSnapshotResponse,
    decision: approval
      ? {
          ...presentDecision(approval),
          note: approval.note,
          staffUserId: approval.staffUserId,
          ipAddress: approval.ipAddress,
          userAgent: approval.userAgent,
        }
      : null,
  };
}
