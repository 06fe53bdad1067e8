import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useTopClients, type TopClient } from '../api/report-queries';
import { csvFileName, moneyColumn } from '../utils/csv';
import type { ReportRange } from '../utils/report-range';
import { useReportFormat } from '../utils/use-report-format';
import { CsvDownloadButton } from './csv-download-button';
import { ReportBarChart } from './report-bar-chart';
import { ReportSection } from './report-section';
import { ReportTable } from './report-table';

/** The ten clients invoiced the most in the range, gross, credit notes subtracted. */
export function TopClientsSection({ range }: { readonly range: ReportRange }) {
  const { t } = useTranslation('reports');
  const format = useReportFormat();
  const clients = useTopClients(range);
  const report = clients.data;
  const items = report?.items ?? [];
  const currency = report?.currency ?? '';
  const money = (minor: number) => format.money(minor, currency);
  const name = (client: TopClient) => `${client.firstName} ${client.lastName}`.trim();
  const title = t('clients.title');

  return (
    <ReportSection
      title={title}
      description={t('clients.description')}
      query={clients}
      empty={items.length === 0}
      emptyText={t('clients.empty')}
      summary={
        items[0]
          ? t('clients.summary', { name: name(items[0]), gross: money(items[0].grossMinor), count: items.length })
          : undefined
      }
      download={
        report ? (
          <CsvDownloadButton
            report={title}
            fileName={csvFileName('top-clients', report.period)}
            columns={[
              { header: t('columns.client'), kind: 'text', value: (client: TopClient) => name(client) },
              { header: t('columns.invoices'), kind: 'number', value: (client) => client.invoiceCount },
              moneyColumn(t('columns.net'), currency, (client: TopClient) => client.netMinor),
              moneyColumn(t('columns.gross'), currency, (client: TopClient) => client.grossMinor),
            ]}
            rows={items}
          />
        ) : null
      }
      chart={
        <ReportBarChart
          data={items}
          category={name}
          series={[{ name: t('columns.gross'), value: (client) => client.grossMinor }]}
          horizontal
          formatAxis={(minor) => format.moneyAxis(minor, currency)}
          formatValue={money}
        />
      }
      table={
        <ReportTable
          caption={title}
          rows={items}
          rowKey={(client) => client.clientId}
          columns={[
            {
              header: t('columns.client'),
              cell: (client) => (
                <Link
                  to="/clients/$clientId"
                  params={{ clientId: client.clientId }}
                  className="underline-offset-4 hover:underline"
                >
                  {name(client)}
                </Link>
              ),
            },
            { header: t('columns.invoices'), cell: (client) => format.number(client.invoiceCount), numeric: true },
            { header: t('columns.net'), cell: (client) => money(client.netMinor), numeric: true },
            { header: t('columns.gross'), cell: (client) => money(client.grossMinor), numeric: true },
          ]}
        />
      }
    />
  );
}
