import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '@pitlane/core';
import { TopListQuery } from './dto/top-list.query';
import { ReportPeriods } from './report-period';
import { presentPeriod } from './report-period.response';
import { TopClientResponse, TopClientsReportResponse } from './top-clients-report.response';

/**
 * Invoices issued in [$1, $2) summed per client (the client the invoice was issued to), the
 * best $3 joined to their names. Invoices of clients erased under GDPR have no client any more
 * and rank nowhere.
 * Exported so scripts/bench/repair-reports.js explains the very text that runs.
 */
export const TOP_CLIENTS_SQL = `
  select t.client_id, c.first_name, c.last_name, t.gross::bigint, t.net::bigint, t.invoices
    from (select i.tenant_id, i.client_id,
                 sum(i.gross_minor) as gross,
                 sum(i.net_minor) as net,
                 count(*) filter (where i.kind = 'invoice') as invoices
            from invoices i
           where i.issued_at >= $1 and i.issued_at < $2 and i.client_id is not null
           group by i.tenant_id, i.client_id
           order by gross desc, i.client_id
           limit $3) t
    join clients c on c.tenant_id = t.tenant_id and c.id = t.client_id
   order by t.gross desc, t.client_id`;

interface TopClientRow {
  readonly client_id: string;
  readonly first_name: string;
  readonly last_name: string;
  readonly gross: string;
  readonly net: string;
  readonly invoices: string;
}

/** The clients who brought the most gross revenue in the range. */
@Injectable()
export class TopClientsReport {
  constructor(
    private readonly db: TenantDatabase,
    private readonly periods: ReportPeriods,
  ) {}

  run(query: TopListQuery): Promise<TopClientsReportResponse> {
    return this.db.transaction(async (manager) => {
      const period = await this.periods.resolve(manager, query);
      const rows = await manager.query<TopClientRow[]>(TOP_CLIENTS_SQL, [period.start, period.end, query.limit]);
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
