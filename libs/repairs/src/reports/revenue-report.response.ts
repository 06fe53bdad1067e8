import { ApiProperty } from '@nestjs/swagger';
import { ReportPeriodResponse } from './report-period.response';

export class RevenueByRateResponse {
  @ApiProperty({ type: 'integer', example: 2300 }) vatRateBp!: number;
  @ApiProperty({ type: 'integer' }) netMinor!: number;
  @ApiProperty({ type: 'integer', description: 'Rounded once per rate on each invoice, as the invoice did' })
  vatMinor!: number;
  @ApiProperty({ type: 'integer' }) grossMinor!: number;
}

export class RevenueSplitResponse {
  @ApiProperty({ type: 'integer', description: 'Net of labour lines' }) labourNetMinor!: number;
  @ApiProperty({ type: 'integer', description: 'Net of part lines (inventory and ad hoc)' }) partsNetMinor!: number;
  @ApiProperty({ type: 'integer', description: 'Net of fee lines' }) feesNetMinor!: number;
}

export class RevenueReportResponse {
  @ApiProperty({ type: ReportPeriodResponse }) period!: ReportPeriodResponse;
  @ApiProperty({ example: 'PLN' }) currency!: string;
  @ApiProperty({ type: 'integer', description: 'Invoices issued in the range minus credit notes issued in it' })
  netMinor!: number;
  @ApiProperty({ type: 'integer' }) vatMinor!: number;
  @ApiProperty({ type: 'integer' }) grossMinor!: number;
  @ApiProperty({ type: [RevenueByRateResponse], description: 'One entry per VAT rate, lowest first' })
  byVatRate!: RevenueByRateResponse[];
  @ApiProperty({ type: RevenueSplitResponse }) split!: RevenueSplitResponse;
  @ApiProperty({ type: 'integer', description: 'Invoices (not credit notes) issued in the range' })
  invoiceCount!: number;
  @ApiProperty({ type: 'integer' }) creditNoteCount!: number;
  @ApiProperty({ type: 'integer', description: 'Distinct vehicles on the invoices issued in the range' })
  carCount!: number;
  @ApiProperty({
    type: 'integer',
    description:
      'Repair orders invoiced in the range, net of credit notes issued in it (invoiceCount - creditNoteCount: ' +
      'a credit note reverses one invoice in full); negative when the range holds more credit notes',
  })
  invoicedOrderCount!: number;
  @ApiProperty({
    nullable: true,
    type: 'integer',
    description: 'grossMinor / invoicedOrderCount, rounded half away from zero; null unless invoicedOrderCount > 0',
  })
  averageOrderGrossMinor!: number | null;
}
