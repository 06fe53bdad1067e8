import { ApiProperty } from '@nestjs/swagger';
import { REPORT_GRANULARITIES, type ReportGranularity } from './dto/revenue-series.query';
import { ReportPeriodResponse } from './report-period.response';

/** One day, week or month of the range (cut at the range's ends), with its revenue. */
export class RevenueBucketResponse {
  @ApiProperty({ example: '2026-03-02', description: 'First local day of the bucket inside the range' })
  from!: string;
  @ApiProperty({ example: '2026-03-08', description: 'Last local day of the bucket inside the range (included)' })
  to!: string;
  @ApiProperty({ type: 'integer' }) netMinor!: number;
  @ApiProperty({ type: 'integer', description: 'VAT as the documents rounded it, per rate' }) vatMinor!: number;
  @ApiProperty({ type: 'integer' }) grossMinor!: number;
}

export class RevenueSeriesReportResponse {
  @ApiProperty({ type: ReportPeriodResponse }) period!: ReportPeriodResponse;
  @ApiProperty({ example: 'PLN' }) currency!: string;
  @ApiProperty({ enum: REPORT_GRANULARITIES, enumName: 'ReportGranularity' }) granularity!: ReportGranularity;
  @ApiProperty({
    type: [RevenueBucketResponse],
    description: 'Every bucket of the range in order, also the empty ones; they add up to /reports/revenue',
  })
  buckets!: RevenueBucketResponse[];
}
