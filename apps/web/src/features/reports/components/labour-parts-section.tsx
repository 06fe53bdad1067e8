import { useTranslation } from 'react-i18next';
import { useRevenueReport } from '../api/report-queries';
import { csvFileName } from '../utils/csv';
import { minorToDecimal } from '../utils/report-money';
import type { ReportRange } from '../utils/report-range';
import { useReportFormat } from '../utils/use-report-format';
import { CsvDownloadButton } from './csv-download-button';
import { ReportBarChart } from './report-bar-chart';
import { ReportSection } from './report-section';
import { ReportTable } from './report-table';

interface Share {
  readonly kind: 'labour' | 'parts' | 'fees';
  readonly netMinor: number;
  readonly share: number;
}

/** Net of labour, parts and fees: what the workshop earns with its hands against its shelves. */
export function LabourPartsSection({ range }: { readonly range: ReportRange }) {
  const { t } = useTranslation('reports');
  const format = useReportFormat();
  const revenue = useRevenueReport(range);
  const report = revenue.data;
  const currency = report?.currency ?? '';
  const money = (minor: number) => format.money(minor, currency);
  const split = report?.split;
  const total = split ? split.labourNetMinor + split.partsNetMinor + split.feesNetMinor : 0;
  const rows: Share[] = split
    ? [
        { kind: 'labour', netMinor: split.labourNetMinor },
        { kind: 'parts', netMinor: split.partsNetMinor },
        { kind: 'fees', netMinor: split.feesNetMinor },
      ].map((row) => ({ ...row, share: total === 0 ? 0 : row.netMinor / total }) as Share)
    : [];
  const title = t('split.title');
  const name = (row: Share) => t(`split.${row.kind}`);

  return (
    <ReportSection
      title={title}
      description={t('split.description')}
      query={revenue}
      empty={rows.every((row) => row.netMinor === 0)}
      emptyText={t('split.empty')}
      summary={
        split
          ? t('split.summary', {
              labour: money(split.labourNetMinor),
              labourShare: format.percent(rows[0]?.share ?? 0),
              parts: money(split.partsNetMinor),
              partsShare: format.percent(rows[1]?.share ?? 0),
              fees: money(split.feesNetMinor),
            })
          : undefined
      }
      download={
        report ? (
          <CsvDownloadButton
            report={title}
            fileName={csvFileName('labour-parts', report.period)}
            columns={[
              { header: t('columns.kind'), kind: 'text', value: (row: Share) => name(row) },
              {
                header: `${t('columns.net')} (${currency})`,
                kind: 'number',
                value: (row) => minorToDecimal(row.netMinor, currency),
              },
              { header: t('columns.sharePercent'), kind: 'number', value: (row) => (row.share * 100).toFixed(1) },
            ]}
            rows={rows}
          />
        ) : null
      }
      chart={
        <ReportBarChart
          data={rows}
          category={name}
          series={[{ name: t('columns.net'), value: (row) => row.netMinor }]}
          formatAxis={(minor) => format.moneyAxis(minor, currency)}
          formatValue={money}
        />
      }
      table={
        <ReportTable
          caption={title}
          rows={rows}
          rowKey={(row) => row.kind}
          columns={[
            { header: t('columns.kind'), cell: name },
            { header: t('columns.net'), cell: (row) => money(row.netMinor), numeric: true },
            { header: t('columns.share'), cell: (row) => format.percent(row.share), numeric: true },
          ]}
          footer={[t('columns.total'), money(total), format.percent(total === 0 ? 0 : 1)]}
        />
      }
    />
  );
}
