import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '@pitlane/core';
import { fromHundredths } from '../money/order-totals';
import { ReportRangeQuery } from './dto/report-range.query';
import { MechanicHoursReportResponse, MechanicHoursResponse } from './mechanic-hours-report.response';
import { ReportPeriods } from './report-period';
import { ReportRepository } from './report.repository';
import { presentPeriod } from './report-period.response';

/** Hours sold vs hours clocked per mechanic, with an unassigned bucket and totals. */
@Injectable()
export class MechanicHoursReport {
  constructor(
    private readonly db: TenantDatabase,
    private readonly periods: ReportPeriods,
    private readonly reports: ReportRepository,
  ) {}

  run(query: ReportRangeQuery): Promise<MechanicHoursReportResponse> {
    return this.db.transaction(async () => {
      const period = await this.periods.resolve(query);
      const rows = await this.reports.mechanicHours(period);
      const mechanics: MechanicHoursResponse[] = [];
      let unassigned = { soldHours: 0, labourNetMinor: 0 };
      for (const row of rows) {
        const soldHours = fromHundredths(Number(row.sold_hundredths));
        const labourNetMinor = Number(row.sold_net);
        if (row.user_id === null) {
          unassigned = { soldHours, labourNetMinor };
          continue;
        }
        const clockedHundredths = Number(row.clocked_hundredths);
        mechanics.push({
          userId: row.user_id,
          // A user row outlives memberships; only a deleted account leaves no name.
          name: row.name ?? 'Former user',
          soldHours,
          labourNetMinor,
          clockedHours: fromHundredths(clockedHundredths),
          efficiencyPercent:
            clockedHundredths === 0 ? null : Math.round((Number(row.sold_hundredths) * 100) / clockedHundredths),
        });
      }
      return {
        period: presentPeriod(period),
        currency: period.currency,
        mechanics,
        unassigned,
        total: {
          soldHours: fromHundredths(Number(rows[0]?.total_sold_hundredths ?? 0)),
          labourNetMinor: Number(rows[0]?.total_sold_net ?? 0),
          clockedHours: fromHundredths(Number(rows[0]?.total_clocked_hundredths ?? 0)),
        },
      };
    });
  }
}
