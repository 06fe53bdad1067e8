import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '@pitlane/core';
import { RevenueSeriesQuery } from './dto/revenue-series.query';
import { ReportPeriods } from './report-period';
import { presentPeriod } from './report-period.response';
import { ReportRepository } from './report.repository';
import { RevenueSeriesReportResponse } from './revenue-series-report.response';

/** Revenue (net, VAT, gross) per local day, ISO week or month of the range: what a chart draws. */
@Injectable()
export class RevenueSeriesReport {
  constructor(
    private readonly db: TenantDatabase,
    private readonly periods: ReportPeriods,
    private readonly reports: ReportRepository,
  ) {}

  run(query: RevenueSeriesQuery): Promise<RevenueSeriesReportResponse> {
    return this.db.transaction(async () => {
      const period = await this.periods.resolve(query);
      const rows = await this.reports.revenueSeries(period, query.granularity);
      return {
        period: presentPeriod(period),
        currency: period.currency,
        granularity: query.granularity,
        buckets: rows.map((row) => ({
          from: row.bucket_from,
          to: row.bucket_to,
          netMinor: Number(row.net),
          vatMinor: Number(row.vat),
          grossMinor: Number(row.net) + Number(row.vat),
        })),
      };
    });
  }
}
