import { ApiProperty } from '@nestjs/swagger';
import { OrderMechanicResponse } from '../../mechanics/order-mechanics';
import { REPAIR_ORDER_STATUSES, RepairOrderStatus } from '../status-workflow';

/** What a card on the board shows; everything comes in the one board answer. */
export class BoardCardResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: 'integer', example: 1042 }) number!: number;
  @ApiProperty({ enum: REPAIR_ORDER_STATUSES, enumName: 'RepairOrderStatus' }) status!: RepairOrderStatus;
  @ApiProperty({
    enum: REPAIR_ORDER_STATUSES,
    enumName: 'RepairOrderStatus',
    isArray: true,
    description: 'Where the caller may move it (their role counted); invoiced and paid never: invoices do that',
  })
  allowedTransitions!: RepairOrderStatus[];
  @ApiProperty({ format: 'uuid' }) vehicleId!: string;
  @ApiProperty({ type: String, nullable: true }) plate!: string | null;
  @ApiProperty() make!: string;
  @ApiProperty() model!: string;
  @ApiProperty({ type: String, nullable: true, description: 'null once the client was erased' })
  clientName!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'When the car was promised back' })
  promisedAt!: string | null;
  @ApiProperty({ type: [OrderMechanicResponse] }) mechanics!: OrderMechanicResponse[];
  @ApiProperty({ description: "The newest estimate waits for the customer's decision" })
  pendingApproval!: boolean;
  @ApiProperty({ description: 'The order waits for parts (its status is waiting_parts)' })
  waitingParts!: boolean;
  @ApiProperty({ description: 'A clock is running on one of its lines' })
  clockRunning!: boolean;
  @ApiProperty() statusChangedAt!: string;
  @ApiProperty() createdAt!: string;
}

export class BoardColumnResponse {
  @ApiProperty({ enum: REPAIR_ORDER_STATUSES, enumName: 'RepairOrderStatus' }) status!: RepairOrderStatus;
  @ApiProperty({ type: 'integer', description: 'Orders matching in this status (may exceed the cards sent)' })
  count!: number;
  @ApiProperty({ type: [BoardCardResponse], description: 'The latest status changes first' })
  cards!: BoardCardResponse[];
}

export class OrderBoardResponse {
  @ApiProperty({ type: [BoardColumnResponse], description: 'One per status, in workflow order' })
  columns!: BoardColumnResponse[];
  @ApiProperty({ example: 'Europe/Warsaw', description: "The workshop's time zone: promised times and `from`/`to`" })
  timeZone!: string;
  @ApiProperty({ description: 'The server time of the answer (lateness is measured against it)' })
  generatedAt!: string;
}
