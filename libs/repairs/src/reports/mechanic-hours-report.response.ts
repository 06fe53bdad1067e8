import { ApiProperty } from '@nestjs/swagger';
import { ReportPeriodResponse } from './report-period.response';

export class HoursResponse {
  @ApiProperty({ example: 12.5, description: 'Labour hours invoiced (credit notes subtract)' }) soldHours!: number;
  @ApiProperty({ type: 'integer', description: 'Net of those labour lines' }) labourNetMinor!: number;
  @ApiProperty({ example: 14.25, description: 'Hours clocked inside the range, to the hundredth' })
  clockedHours!: number;
}

export class MechanicHoursResponse extends HoursResponse {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty({ example: 'Marek Mechanic' }) name!: string;
  @ApiProperty({
    nullable: true,
    type: 'integer',
    example: 88,
    description: 'soldHours / clockedHours in percent, rounded; null when nothing was clocked',
  })
  efficiencyPercent!: number | null;
}

export class UnassignedHoursResponse {
  @ApiProperty({ description: 'Labour hours invoiced on lines without a responsible mechanic' }) soldHours!: number;
  @ApiProperty({ type: 'integer' }) labourNetMinor!: number;
}

export class MechanicHoursReportResponse {
  @ApiProperty({ type: ReportPeriodResponse }) period!: ReportPeriodResponse;
  @ApiProperty({ example: 'PLN' }) currency!: string;
  @ApiProperty({ type: [MechanicHoursResponse], description: 'Everyone who sold or clocked hours, by name' })
  mechanics!: MechanicHoursResponse[];
  @ApiProperty({ type: UnassignedHoursResponse }) unassigned!: UnassignedHoursResponse;
  @ApiProperty({ type: HoursResponse }) total!: HoursResponse;
}
