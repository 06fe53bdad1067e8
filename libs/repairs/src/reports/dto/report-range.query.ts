import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `?from=2026-03-01&to=2026-03-31`: local dates in the workshop's time zone, both days included.
 * Whether the dates exist and the range is sane is checked by ReportPeriods (400 either way).
 */
export class ReportRangeQuery {
  @ApiProperty({ example: '2026-03-01', description: 'First day, in the workshop time zone (included)' })
  @Matches(LOCAL_DATE, { message: 'must be a date "YYYY-MM-DD"' })
  from!: string;

  @ApiProperty({ example: '2026-03-31', description: 'Last day, in the workshop time zone (included)' })
  @Matches(LOCAL_DATE, { message: 'must be a date "YYYY-MM-DD"' })
  to!: string;
}
