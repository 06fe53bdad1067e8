import { ApiProperty } from '@nestjs/swagger';
import { PageResponse } from '@pitlane/core';
import { OrderMechanicResponse } from '../mechanics/order-mechanics';
import { fromHundredths, orderTotals } from '../money/order-totals';
import { LINE_APPROVALS, LINE_KINDS, LineApproval, RepairOrderLine } from './repair-order-line.entity';
import { RepairOrder } from './repair-order.entity';
import { apiTransitions, REPAIR_ORDER_STATUSES } from './status-workflow';

export class RepairOrderLineResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: 'integer' }) position!: number;
  @ApiProperty({ enum: LINE_KINDS, enumName: 'LineKind' }) kind!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) partId!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'Labour: the mechanic who answers for it' })
  mechanicUserId!: string | null;
  @ApiProperty({ description: 'Hours (labour) or units' }) quantity!: number;
  @ApiProperty({ type: 'integer', description: 'Hourly rate or unit price, net, minor units' }) unitPriceMinor!: number;
  @ApiProperty({ type: 'integer' }) vatRateBp!: number;
  @ApiProperty({ type: 'integer', description: 'round-half-up(quantity x unit price)' }) netMinor!: number;
  @ApiProperty({
    enum: LINE_APPROVALS,
    enumName: 'LineApproval',
    description: "The customer's say; a declined line counts in no total, a changed line is pending again",
  })
  approval!: LineApproval;
}

export class VatGroupResponse {
  @ApiProperty({ type: 'integer' }) vatRateBp!: number;
  @ApiProperty({ type: 'integer' }) netMinor!: number;
  @ApiProperty({ type: 'integer' }) vatMinor!: number;
}

export class RepairOrderTotalsResponse {
  @ApiProperty({ type: 'integer' }) netMinor!: number;
  @ApiProperty({ type: 'integer' }) vatMinor!: number;
  @ApiProperty({ type: 'integer' }) grossMinor!: number;
  @ApiProperty({ type: [VatGroupResponse], description: 'One entry per VAT rate, lowest first' })
  vat!: VatGroupResponse[];
}

export class RepairOrderResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({
    type: 'integer',
    example: 1042,
    description: "The workshop's order number: 1, 2, 3… in the order orders were opened",
  })
  number!: number;
  @ApiProperty({ enum: REPAIR_ORDER_STATUSES, enumName: 'RepairOrderStatus' }) status!: string;
  @ApiProperty({
    enum: REPAIR_ORDER_STATUSES,
    enumName: 'RepairOrderStatus',
    isArray: true,
    description: 'Where the API lets it go next',
  })
  allowedTransitions!: string[];
  @ApiProperty({ format: 'uuid' }) vehicleId!: string;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'null once the client was erased under GDPR',
  })
  clientId!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) appointmentId!: string | null;
  @ApiProperty({ example: 'PLN' }) currency!: string;
  @ApiProperty({ type: 'integer', nullable: true }) mileageIn!: number | null;
  @ApiProperty({ nullable: true, type: String }) complaint!: string | null;
  @ApiProperty({ nullable: true, type: String }) notes!: string | null;
  @ApiProperty({ type: [OrderMechanicResponse], description: 'Mechanics assigned to the order' })
  mechanics!: OrderMechanicResponse[];
  @ApiProperty({ type: [RepairOrderLineResponse] }) lines!: RepairOrderLineResponse[];
  @ApiProperty({ type: RepairOrderTotalsResponse, description: 'Declined lines left out' })
  totals!: RepairOrderTotalsResponse;
  @ApiProperty({ type: String, nullable: true, description: 'When the car was promised back; null when not promised' })
  promisedAt!: string | null;
  @ApiProperty() statusChangedAt!: string;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
}

export class RepairOrderPageResponse extends PageResponse {
  @ApiProperty({ type: [RepairOrderResponse] }) items!: RepairOrderResponse[];
}

/** The fields an order line and an invoice line share, as the API shows them. */
export function presentPricedLine(
  line: Pick<
    RepairOrderLine,
    | 'id'
    | 'position'
    | 'kind'
    | 'description'
    | 'partId'
    | 'mechanicUserId'
    | 'quantityHundredths'
    | 'unitPriceMinor'
    | 'vatRateBp'
    | 'netMinor'
  >,
): Omit<RepairOrderLineResponse, 'approval'> {
  return {
    id: line.id,
    position: line.position,
    kind: line.kind,
    description: line.description,
    partId: line.partId,
    mechanicUserId: line.mechanicUserId,
    quantity: fromHundredths(line.quantityHundredths),
    unitPriceMinor: line.unitPriceMinor,
    vatRateBp: line.vatRateBp,
    netMinor: line.netMinor,
  };
}

export function presentLine(line: RepairOrderLine): RepairOrderLineResponse {
  return { ...presentPricedLine(line), approval: line.approval };
}

/** `lines` in position order. */
export function presentOrder(
  order: RepairOrder,
  lines: readonly RepairOrderLine[],
  mechanics: readonly OrderMechanicResponse[] = [],
): RepairOrderResponse {
  const totals = orderTotals(lines);
  return {
    id: order.id,
    number: order.number,
    status: order.status,
    allowedTransitions: apiTransitions(order.status),
    vehicleId: order.vehicleId,
    clientId: order.clientId,
    appointmentId: order.appointmentId,
    currency: order.currency,
    mileageIn: order.mileageIn,
    complaint: order.complaint,
    notes: order.notes,
    mechanics: [...mechanics],
    lines: lines.map(presentLine),
    totals: { ...totals, vat: [...totals.vat] },
    promisedAt: order.promisedAt?.toISOString() ?? null,
    statusChangedAt: order.statusChangedAt.toISOString(),
    createdAt: order.createdAt.toISOString(),
    updatedAt: order.updatedAt.toISOString(),
  };
}
