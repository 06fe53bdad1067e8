import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '@pitlane/core';
import { TopListQuery } from './dto/top-list.query';
import { ReportPeriods } from './report-period';
import { ReportRepository } from './report.repository';
import { presentPeriod } from './report-period.response';
import { TopClientResponse, TopClientsReportResponse } from './top-clients-report.response';

/** The clients who brought the most gross revenue in the range. */
@Injectable()
export class TopClientsReport {
  constructor(
    private readonly db: TenantDatabase,
    private readonly periods: ReportPeriods,
    private readonly reports: ReportRepository,
  ) {}

  run(query: TopListQuery): Promise<TopClientsReportResponse> {
    return this.db.transaction(async () => {
      const period = await this.periods.resolve(query);
      const rows = await this.reports.topClients(period, query.limit);
      return {
        period: presentPeriod(period),
        currency: period.currency,
        items: rows.map((row): TopClientResponse => ({
          clientId: row.client_id,
          firstName: row.first_name,
          lastName: row.last_name,
          grossMinor: Number(row.gross),
          netMinor: Number(row.net),
          invoiceCount: Number(row.invoices),
        })),
      };
    });
  }
}
