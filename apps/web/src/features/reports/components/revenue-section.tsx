import { useTranslation } from 'react-i18next';
import { useRevenueSeries, type RevenueBucket } from '../api/report-queries';
import { csvFileName } from '../utils/csv';
import { minorToDecimal } from '../utils/report-money';
import type { ReportRange } from '../utils/report-range';
import { useReportFormat } from '../utils/use-report-format';
import { CsvDownloadButton } from './csv-download-button';
import { ReportBarChart } from './report-bar-chart';
import { ReportSection } from './report-section';
import { ReportTable } from './report-table';

/** Revenue per day, week or month, net and VAT stacked into gross. */
export function RevenueSection({ range }: { readonly range: ReportRange }) {
  const { t } = useTranslation('reports');
  const format = useReportFormat();
  const series = useRevenueSeries(range);
  const data = series.data;
  const buckets = data?.buckets ?? [];
  const granularity = data?.granularity ?? range.granularity;
  const currency = data?.currency ?? '';
  const money = (minor: number) => format.money(minor, currency);
  const sum = (key: 'netMinor' | 'vatMinor' | 'grossMinor') => buckets.reduce((total, b) => total + b[key], 0);
  const best = buckets.reduce<RevenueBucket | undefined>(
    (top, b) => (!top || b.grossMinor > top.grossMinor ? b : top),
    undefined,
  );
  const title = t('revenue.title');
  const label = (bucket: RevenueBucket) => format.bucket(bucket, granularity);

  return (
    <ReportSection
      title={title}
      description={t('revenue.description')}
      query={series}
      empty={buckets.every((b) => b.grossMinor === 0 && b.netMinor === 0)}
      emptyText={t('revenue.empty')}
      summary={
        best
          ? t('revenue.summary', {
              gross: money(sum('grossMinor')),
              net: money(sum('netMinor')),
              vat: money(sum('vatMinor')),
              count: buckets.length,
              unit: t(`granularity.count.${granularity}`, { count: buckets.length }),
              best: label(best),
              bestGross: money(best.grossMinor),
            })
          : undefined
      }
      download={
        data ? (
          <CsvDownloadButton
            report={title}
            fileName={csvFileName(`revenue-by-${granularity}`, data.period)}
            columns={[
              { header: t('csv.from'), kind: 'text', value: (b: RevenueBucket) => b.from },
              { header: t('csv.to'), kind: 'text', value: (b) => b.to },
              {
                header: `${t('columns.net')} (${currency})`,
                kind: 'number',
                value: (b) => minorToDecimal(b.netMinor, currency),
              },
              {
                header: `${t('columns.vat')} (${currency})`,
                kind: 'number',
                value: (b) => minorToDecimal(b.vatMinor, currency),
              },
              {
                header: `${t('columns.gross')} (${currency})`,
                kind: 'number',
                value: (b) => minorToDecimal(b.grossMinor, currency),
              },
            ]}
            rows={buckets}
          />
        ) : null
      }
      chart={
        <ReportBarChart
          data={buckets}
          category={(b) => format.tick(b, granularity)}
          series={[
            { name: t('columns.net'), value: (b) => b.netMinor },
            { name: t('columns.vat'), value: (b) => b.vatMinor },
          ]}
          stacked
          formatAxis={(minor) => format.moneyAxis(minor, currency)}
          formatValue={money}
        />
      }
      table={
        <ReportTable
          caption={t('revenue.table', { granularity: t(`granularity.${granularity}`) })}
          rows={buckets}
          rowKey={(b) => b.from}
          columns={[
            { header: t(`granularity.${granularity}`), cell: label },
            { header: t('columns.net'), cell: (b) => money(b.netMinor), numeric: true },
            { header: t('columns.vat'), cell: (b) => money(b.vatMinor), numeric: true },
            { header: t('columns.gross'), cell: (b) => money(b.grossMinor), numeric: true },
          ]}
          footer={[t('columns.total'), money(sum('netMinor')), money(sum('vatMinor')), money(sum('grossMinor'))]}
        />
      }
    />
  );
}
