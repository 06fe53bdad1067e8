import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '@pitlane/core';
import { RepairOrderStatus } from '../orders/status-workflow';
import { OpenOrdersReportResponse } from './open-orders-report.response';
import { OpenOrdersRow, ReportRepository } from './report.repository';

/**
 * Open: work or money is still to come (an invoiced order waits for its payment). Listed, not
 * derived from the workflow table: a paid order may still go back to completed through a credit
 * note, yet a paid order is not open work.
 */
export const OPEN_STATUSES: readonly RepairOrderStatus[] = [
  'draft',
  'estimate_sent',
  'approved',
  'in_progress',
  'waiting_parts',
  'completed',
  'invoiced',
];

/** Orders still open, by status: how many and what they are worth. Not bound to a range. */
@Injectable()
export class OpenOrdersReport {
  constructor(
    private readonly db: TenantDatabase,
    private readonly reports: ReportRepository,
  ) {}

  run(): Promise<OpenOrdersReportResponse> {
    return this.db.transaction(async () => {
      const rows = await this.reports.openOrders(OPEN_STATUSES);
      const [first] = rows as [OpenOrdersRow];
      const total = { net: Number(first.total_net), vat: Number(first.total_vat) };
      return {
        asOf: first.as_of.toISOString(),
        currency: first.currency,
        statuses: rows.map((row) => ({
          status: row.status,
          count: Number(row.orders),
          netMinor: Number(row.net),
          vatMinor: Number(row.vat),
          grossMinor: Number(row.net) + Number(row.vat),
          oldestStatusChangedAt: row.oldest === null ? null : row.oldest.toISOString(),
        })),
        total: {
          count: Number(first.total_orders),
          netMinor: total.net,
          vatMinor: total.vat,
          grossMinor: total.net + total.vat,
        },
      };
    });
  }
}
