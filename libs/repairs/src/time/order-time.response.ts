import { ApiProperty } from '@nestjs/swagger';
import { LINE_APPROVALS } from '../orders/repair-order-line.entity';

export class LineTimeResponse {
  @ApiProperty({ format: 'uuid' }) lineId!: string;
  @ApiProperty({ type: 'integer' }) position!: number;
  @ApiProperty() description!: string;
  @ApiProperty({ enum: LINE_APPROVALS, enumName: 'LineApproval', description: "The customer's decision on the line" })
  approval!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) mechanicUserId!: string | null;
  @ApiProperty({ example: 1.5, description: "The line's quantity: hours sold" }) estimatedHours!: number;
  @ApiProperty({ example: 1.42, description: 'Hours clocked on it, running clocks up to now' }) clockedHours!: number;
  @ApiProperty({ type: 'integer', description: 'Clocks running on the line now' }) runningClocks!: number;
}

export class MechanicTimeResponse {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ description: 'Still assigned to the order' }) assigned!: boolean;
  @ApiProperty({ example: 2, description: 'Hours of the labour lines they answer for, declined ones excepted' })
  soldHours!: number;
  @ApiProperty({ example: 1.75, description: 'Hours they clocked on the order' }) clockedHours!: number;
  @ApiProperty() running!: boolean;
}

export class OrderTimeTotalsResponse {
  @ApiProperty({ description: 'Labour lines the customer did not decline' }) estimatedHours!: number;
  @ApiProperty() clockedHours!: number;
}

/**
 * Actual against estimated hours of one order. Hours have two decimals; each figure is rounded
 * once, half up, from the exact seconds (round(seconds / 36) hundredths), so a total may differ
 * by a hundredth from the sum of its rounded parts.
 */
export class OrderTimeResponse {
  @ApiProperty({ format: 'uuid' }) orderId!: string;
  @ApiProperty({ format: 'date-time', description: 'The database instant running clocks were counted to' })
  asOf!: string;
  @ApiProperty({ type: [LineTimeResponse], description: 'Labour lines in position order' }) lines!: LineTimeResponse[];
  @ApiProperty({ type: [MechanicTimeResponse], description: 'Everyone assigned, answering for a line or with time' })
  mechanics!: MechanicTimeResponse[];
  @ApiProperty({ type: OrderTimeTotalsResponse }) totals!: OrderTimeTotalsResponse;
}
