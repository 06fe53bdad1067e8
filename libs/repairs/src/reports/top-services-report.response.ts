import { ApiProperty } from '@nestjs/swagger';
import { ReportPeriodResponse } from './report-period.response';

export class TopServiceResponse {
  @ApiProperty({ enum: ['labour', 'fee'] }) kind!: string;
  @ApiProperty({
    example: 'Brake pads replacement',
    description: 'The spelling used most often on invoices for this service (ties: alphabetically first)',
  })
  description!: string;
  @ApiProperty({ type: 'integer', description: 'Invoice lines minus credit-note lines' }) lineCount!: number;
  @ApiProperty({ example: 7.5, description: 'Hours (labour) or units (fees) invoiced' }) quantity!: number;
  @ApiProperty({ type: 'integer' }) netMinor!: number;
}

export class TopServicesReportResponse {
  @ApiProperty({ type: ReportPeriodResponse }) period!: ReportPeriodResponse;
  @ApiProperty({ example: 'PLN' }) currency!: string;
  @ApiProperty({ type: [TopServiceResponse], description: 'Highest net first; at most `limit`' })
  items!: TopServiceResponse[];
}
