import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '@pitlane/core';
import { fromHundredths } from '../money/order-totals';
import { TopListQuery } from './dto/top-list.query';
import { ReportPeriods } from './report-period';
import { ReportRepository } from './report.repository';
import { presentPeriod } from './report-period.response';
import { TopServiceResponse, TopServicesReportResponse } from './top-services-report.response';

/** The labour and fees that brought the most net revenue in the range. */
@Injectable()
export class TopServicesReport {
  constructor(
    private readonly db: TenantDatabase,
    private readonly periods: ReportPeriods,
    private readonly reports: ReportRepository,
  ) {}

  run(query: TopListQuery): Promise<TopServicesReportResponse> {
    return this.db.transaction(async () => {
      const period = await this.periods.resolve(query);
      const rows = await this.reports.topServices(period, query.limit);
      return {
        period: presentPeriod(period),
        currency: period.currency,
        items: rows.map((row): TopServiceResponse => ({
          kind: row.kind,
          description: row.description,
          lineCount: Number(row.line_count),
          quantity: fromHundredths(Number(row.quantity_hundredths)),
          netMinor: Number(row.net),
        })),
      };
    });
  }
}
