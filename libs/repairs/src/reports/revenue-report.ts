import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '@pitlane/core';
import { ReportRangeQuery } from './dto/report-range.query';
import { ReportPeriods } from './report-period';
import { presentPeriod } from './report-period.response';
import { ReportRepository } from './report.repository';
import { RevenueReportResponse } from './revenue-report.response';

/** Revenue, VAT by rate, labour/parts/fees, invoice and car counts, average repair order. */
@Injectable()
export class RevenueReport {
  constructor(
    private readonly db: TenantDatabase,
    private readonly periods: ReportPeriods,
    private readonly reports: ReportRepository,
  ) {}

  run(query: ReportRangeQuery): Promise<RevenueReportResponse> {
    return this.db.transaction(async () => {
      const period = await this.periods.resolve(query);
      const row = await this.reports.revenue(period);
      return {
        period: presentPeriod(period),
        currency: period.currency,
        netMinor: Number(row.net),
        vatMinor: Number(row.vat),
        grossMinor: Number(row.gross),
        byVatRate: row.by_rate,
        split: row.split,
        invoiceCount: Number(row.invoices),
        creditNoteCount: Number(row.credit_notes),
        carCount: Number(row.cars),
        invoicedOrderCount: Number(row.orders),
        averageOrderGrossMinor: row.average_gross === null ? null : Number(row.average_gross),
      };
    });
  }
}
