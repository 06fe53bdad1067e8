import { ApiProperty } from '@nestjs/swagger';
import { REPAIR_ORDER_STATUSES } from '../orders/status-workflow';

export class OpenOrdersStatusResponse {
  @ApiProperty({ enum: REPAIR_ORDER_STATUSES, enumName: 'RepairOrderStatus' }) status!: string;
  @ApiProperty({ type: 'integer' }) count!: number;
  @ApiProperty({ type: 'integer', description: 'Net of their lines the customer did not decline' }) netMinor!: number;
  @ApiProperty({ type: 'integer', description: 'VAT once per rate per order, as the order totals compute it' })
  vatMinor!: number;
  @ApiProperty({ type: 'integer' }) grossMinor!: number;
  @ApiProperty({ nullable: true, type: String, description: 'When the longest-waiting of them entered the status' })
  oldestStatusChangedAt!: string | null;
}

export class OpenOrdersTotalResponse {
  @ApiProperty({ type: 'integer' }) count!: number;
  @ApiProperty({ type: 'integer' }) netMinor!: number;
  @ApiProperty({ type: 'integer' }) vatMinor!: number;
  @ApiProperty({ type: 'integer' }) grossMinor!: number;
}

export class OpenOrdersReportResponse {
  @ApiProperty({ description: 'The moment of the snapshot' }) asOf!: string;
  @ApiProperty({ example: 'PLN' }) currency!: string;
  @ApiProperty({
    type: [OpenOrdersStatusResponse],
    description: 'Every status that is not final, in workflow order, also when empty',
  })
  statuses!: OpenOrdersStatusResponse[];
  @ApiProperty({ type: OpenOrdersTotalResponse }) total!: OpenOrdersTotalResponse;
}
