import { ApiProperty } from '@nestjs/swagger';
import { ReportPeriodResponse } from './report-period.response';

export class TopClientResponse {
  @ApiProperty({ format: 'uuid' }) clientId!: string;
  @ApiProperty({ example: 'Anna' }) firstName!: string;
  @ApiProperty({ example: 'Nowak' }) lastName!: string;
  @ApiProperty({ type: 'integer', description: 'Gross invoiced in the range, credit notes subtracted' })
  grossMinor!: number;
  @ApiProperty({ type: 'integer' }) netMinor!: number;
  @ApiProperty({ type: 'integer', description: 'Invoices (not credit notes) issued to the client in the range' })
  invoiceCount!: number;
}

export class TopClientsReportResponse {
  @ApiProperty({ type: ReportPeriodResponse }) period!: ReportPeriodResponse;
  @ApiProperty({ example: 'PLN' }) currency!: string;
  @ApiProperty({ type: [TopClientResponse], description: 'Highest gross first; at most `limit`' })
  items!: TopClientResponse[];
}
