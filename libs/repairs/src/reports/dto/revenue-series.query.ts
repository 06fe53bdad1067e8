import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { ReportRangeQuery } from './report-range.query';

export const REPORT_GRANULARITIES = ['day', 'week', 'month'] as const;
export type ReportGranularity = (typeof REPORT_GRANULARITIES)[number];

/** A date range cut into days, ISO weeks (Monday first) or calendar months. */
export class RevenueSeriesQuery extends ReportRangeQuery {
  @ApiPropertyOptional({ enum: REPORT_GRANULARITIES, enumName: 'ReportGranularity', default: 'day' })
  @IsOptional()
  @IsIn(REPORT_GRANULARITIES)
  granularity: ReportGranularity = 'day';
}
