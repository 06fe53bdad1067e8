import { useTranslation } from 'react-i18next';
import { useRevenueReport, type RevenueReport } from '../api/report-queries';
import { csvFileName } from '../utils/csv';
import { minorToDecimal } from '../utils/report-money';
import type { ReportRange } from '../utils/report-range';
import { useReportFormat } from '../utils/use-report-format';
import { CsvDownloadButton } from './csv-download-button';
import { ReportSection } from './report-section';
import { ReportTable } from './report-table';

interface Metric {
  readonly key: string;
  readonly label: string;
  readonly shown: string;
  /** What the CSV holds: a plain decimal or count. */
  readonly value: string | number;
}

function metrics(
  report: RevenueReport,
  t: (key: string) => string,
  format: ReturnType<typeof useReportFormat>,
): Metric[] {
  const { currency } = report;
  const money = (key: string, label: string, minor: number): Metric => ({
    key,
    label: `${label} (${currency})`,
    shown: format.money(minor, currency),
    value: minorToDecimal(minor, currency),
  });
  const count = (key: string, label: string, value: number): Metric => ({
    key,
    label,
    shown: format.number(value),
    value,
  });
  return [
    money('gross', t('overview.gross'), report.grossMinor),
    money('net', t('overview.net'), report.netMinor),
    money('vat', t('overview.vat'), report.vatMinor),
    count('cars', t('overview.cars'), report.carCount),
    {
      key: 'average',
      label: `${t('overview.average')} (${currency})`,
      shown: report.averageOrderGrossMinor === null ? '—' : format.money(report.averageOrderGrossMinor, currency),
      value: report.averageOrderGrossMinor === null ? '' : minorToDecimal(report.averageOrderGrossMinor, currency),
    },
    count('invoices', t('overview.invoices'), report.invoiceCount),
    count('creditNotes', t('overview.creditNotes'), report.creditNoteCount),
  ];
}

/** The range at a glance: revenue, cars, the average repair order, and VAT by rate. */
export function OverviewSection({ range }: { readonly range: ReportRange }) {
  const { t } = useTranslation('reports');
  const format = useReportFormat();
  const revenue = useRevenueReport(range);
  const report = revenue.data;
  const title = t('overview.title');
  const list = report ? metrics(report, t, format) : [];
  const money = (minor: number) => format.money(minor, report?.currency ?? '');

  return (
    <ReportSection
      title={title}
      description={t('overview.description')}
      query={revenue}
      empty={!report || (report.invoiceCount === 0 && report.creditNoteCount === 0)}
      emptyText={t('overview.empty')}
      download={
        report ? (
          <CsvDownloadButton
            report={title}
            fileName={csvFileName('overview', report.period)}
            columns={[
              { header: t('csv.metric'), kind: 'text', value: (m: Metric) => m.label },
              { header: t('csv.value'), kind: 'text', value: (m) => String(m.value) },
            ]}
            rows={list}
          />
        ) : null
      }
      table={
        report ? (
          <div className="flex flex-col gap-4">
            <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 xl:grid-cols-4">
              {list.map((metric) => (
                <div key={metric.key} className="rounded-lg bg-surface-2 px-3 py-2">
                  <dt className="text-xs text-ink-muted">{metric.label}</dt>
                  <dd className="text-lg font-semibold tabular-nums">{metric.shown}</dd>
                </div>
              ))}
            </dl>
            <ReportTable
              caption={t('overview.byRate')}
              rows={report.byVatRate}
              rowKey={(rate) => String(rate.vatRateBp)}
              columns={[
                { header: t('columns.vatRate'), cell: (rate) => format.percent(rate.vatRateBp / 10_000) },
                { header: t('columns.net'), cell: (rate) => money(rate.netMinor), numeric: true },
                { header: t('columns.vat'), cell: (rate) => money(rate.vatMinor), numeric: true },
                { header: t('columns.gross'), cell: (rate) => money(rate.grossMinor), numeric: true },
              ]}
              footer={[t('columns.total'), money(report.netMinor), money(report.vatMinor), money(report.grossMinor)]}
            />
          </div>
        ) : null
      }
    />
  );
}
