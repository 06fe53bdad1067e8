import { useTranslation } from 'react-i18next';
import { useMe } from '@/lib/session/me';
import { useOpenOrders, type OpenOrdersStatus } from '../api/report-queries';
import { csvFileName } from '../utils/csv';
import { minorToDecimal } from '../utils/report-money';
import { todayIn } from '../utils/report-range';
import { useReportFormat } from '../utils/use-report-format';
import { CsvDownloadButton } from './csv-download-button';
import { ReportBarChart } from './report-bar-chart';
import { ReportSection } from './report-section';
import { ReportTable } from './report-table';

/** Orders not yet paid or closed, by status: a snapshot now, whatever range is picked. */
export function OpenOrdersSection() {
  const { t } = useTranslation('reports');
  const format = useReportFormat();
  const { timeZone } = useMe().workshop;
  const open = useOpenOrders();
  const report = open.data;
  const statuses = report?.statuses ?? [];
  const currency = report?.currency ?? '';
  const money = (minor: number) => format.money(minor, currency);
  const status = (row: OpenOrdersStatus) => t(`open.status.${row.status}`);
  const oldest = (row: OpenOrdersStatus) =>
    row.oldestStatusChangedAt ? format.day(todayIn(timeZone, new Date(row.oldestStatusChangedAt))) : '—';
  const title = t('open.title');

  return (
    <ReportSection
      title={title}
      description={t('open.description')}
      query={open}
      empty={!report || report.total.count === 0}
      emptyText={t('open.empty')}
      summary={
        report ? t('open.summary', { count: report.total.count, gross: money(report.total.grossMinor) }) : undefined
      }
      download={
        report ? (
          <CsvDownloadButton
            report={title}
            fileName={csvFileName('open-orders', { asOf: todayIn(timeZone, new Date(report.asOf)) })}
            columns={[
              { header: t('columns.status'), kind: 'text', value: (row: OpenOrdersStatus) => status(row) },
              { header: t('columns.orders'), kind: 'number', value: (row) => row.count },
              {
                header: `${t('columns.net')} (${currency})`,
                kind: 'number',
                value: (row) => minorToDecimal(row.netMinor, currency),
              },
              {
                header: `${t('columns.vat')} (${currency})`,
                kind: 'number',
                value: (row) => minorToDecimal(row.vatMinor, currency),
              },
              {
                header: `${t('columns.gross')} (${currency})`,
                kind: 'number',
                value: (row) => minorToDecimal(row.grossMinor, currency),
              },
            ]}
            rows={statuses}
          />
        ) : null
      }
      chart={
        <ReportBarChart
          data={statuses}
          category={status}
          series={[{ name: t('columns.orders'), value: (row) => row.count }]}
          horizontal
          formatAxis={format.number}
          formatValue={format.number}
        />
      }
      table={
        report ? (
          <ReportTable
            caption={title}
            rows={statuses}
            rowKey={(row) => row.status}
            columns={[
              { header: t('columns.status'), cell: status },
              { header: t('columns.orders'), cell: (row) => format.number(row.count), numeric: true },
              { header: t('columns.gross'), cell: (row) => money(row.grossMinor), numeric: true },
              { header: t('columns.oldest'), cell: oldest, numeric: true },
            ]}
            footer={[t('columns.total'), format.number(report.total.count), money(report.total.grossMinor), '']}
          />
        ) : null
      }
    />
  );
}
