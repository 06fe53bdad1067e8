import { ApiProperty } from '@nestjs/swagger';
import { ReportPeriod } from './report-period';

/** The range a report covered, as asked and as the instants it was read between. */
export class ReportPeriodResponse {
  @ApiProperty({ example: '2026-03-01' }) from!: string;
  @ApiProperty({ example: '2026-03-31' }) to!: string;
  @ApiProperty({ example: 'Europe/Warsaw' }) timeZone!: string;
  @ApiProperty({ example: '2026-02-28T23:00:00.000Z', description: 'Local midnight starting `from`' })
  start!: string;
  @ApiProperty({ example: '2026-03-31T22:00:00.000Z', description: 'Local midnight ending `to` (excluded)' })
  end!: string;
}

export function presentPeriod(period: ReportPeriod): ReportPeriodResponse {
  return {
    from: period.from,
    to: period.to,
    timeZone: period.timeZone,
    start: period.start.toISOString(),
    end: period.end.toISOString(),
  };
}
