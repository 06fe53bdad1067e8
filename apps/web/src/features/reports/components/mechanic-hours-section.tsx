import { useTranslation } from 'react-i18next';
import { useMechanicHours } from '../api/report-queries';
import { csvFileName } from '../utils/csv';
import { minorToDecimal } from '../utils/report-money';
import type { ReportRange } from '../utils/report-range';
import { useReportFormat } from '../utils/use-report-format';
import { CsvDownloadButton } from './csv-download-button';
import { ReportBarChart } from './report-bar-chart';
import { ReportSection } from './report-section';
import { ReportTable } from './report-table';

interface HoursRow {
  readonly key: string;
  readonly name: string;
  readonly soldHours: number;
  readonly clockedHours: number | null;
  readonly efficiencyPercent: number | null;
  readonly labourNetMinor: number;
}

/** Labour hours sold on invoices against hours clocked, per mechanic. */
export function MechanicHoursSection({ range }: { readonly range: ReportRange }) {
  const { t } = useTranslation('reports');
  const format = useReportFormat();
  const hours = useMechanicHours(range);
  const report = hours.data;
  const currency = report?.currency ?? '';
  const rows: HoursRow[] = report
    ? [
        ...report.mechanics.map((m) => ({ key: m.userId, ...m })),
        ...(report.unassigned.soldHours !== 0
          ? [
              {
                key: 'unassigned',
                name: t('hours.unassigned'),
                clockedHours: null,
                efficiencyPercent: null,
                ...report.unassigned,
              },
            ]
          : []),
      ]
    : [];
  const title = t('hours.title');
  const hoursText = (value: number | null) =>
    value === null ? '—' : t('hours.value', { hours: format.number(value) });

  return (
    <ReportSection
      title={title}
      description={t('hours.description')}
      query={hours}
      empty={rows.length === 0}
      emptyText={t('hours.empty')}
      summary={
        report
          ? t('hours.summary', {
              sold: hoursText(report.total.soldHours),
              clocked: hoursText(report.total.clockedHours),
              count: report.mechanics.length,
            })
          : undefined
      }
      download={
        report ? (
          <CsvDownloadButton
            report={title}
            fileName={csvFileName('mechanic-hours', report.period)}
            columns={[
              { header: t('columns.mechanic'), kind: 'text', value: (row: HoursRow) => row.name },
              { header: t('columns.soldHours'), kind: 'number', value: (row) => row.soldHours.toFixed(2) },
              {
                header: t('columns.clockedHours'),
                kind: 'number',
                value: (row) => (row.clockedHours ?? 0).toFixed(2),
              },
              {
                header: t('columns.efficiency'),
                kind: 'text',
                value: (row) => (row.efficiencyPercent === null ? '' : String(row.efficiencyPercent)),
              },
              {
                header: `${t('columns.labourNet')} (${currency})`,
                kind: 'number',
                value: (row) => minorToDecimal(row.labourNetMinor, currency),
              },
            ]}
            rows={rows}
          />
        ) : null
      }
      chart={
        <ReportBarChart
          data={rows}
          category={(row) => row.name}
          series={[
            { name: t('columns.soldHours'), value: (row) => row.soldHours },
            { name: t('columns.clockedHours'), value: (row) => row.clockedHours ?? 0 },
          ]}
          formatAxis={format.number}
          formatValue={(value) => hoursText(value)}
        />
      }
      table={
        report ? (
          <ReportTable
            caption={title}
            rows={rows}
            rowKey={(row) => row.key}
            columns={[
              { header: t('columns.mechanic'), cell: (row) => row.name },
              { header: t('columns.soldHours'), cell: (row) => hoursText(row.soldHours), numeric: true },
              { header: t('columns.clockedHours'), cell: (row) => hoursText(row.clockedHours), numeric: true },
              {
                header: t('columns.efficiency'),
                cell: (row) => (row.efficiencyPercent === null ? '—' : format.percent(row.efficiencyPercent / 100)),
                numeric: true,
              },
              {
                header: t('columns.labourNet'),
                cell: (row) => format.money(row.labourNetMinor, currency),
                numeric: true,
              },
            ]}
            footer={[
              t('columns.total'),
              hoursText(report.total.soldHours),
              hoursText(report.total.clockedHours),
              report.total.clockedHours > 0 ? format.percent(report.total.soldHours / report.total.clockedHours) : '—',
              format.money(report.total.labourNetMinor, currency),
            ]}
          />
        ) : null
      }
    />
  );
}
