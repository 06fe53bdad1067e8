import { useTranslation } from 'react-i18next';
import { useTopServices, type TopService } from '../api/report-queries';
import { csvFileName, moneyColumn } from '../utils/csv';
import type { ReportRange } from '../utils/report-range';
import { useReportFormat } from '../utils/use-report-format';
import { CsvDownloadButton } from './csv-download-button';
import { ReportBarChart } from './report-bar-chart';
import { ReportSection } from './report-section';
import { ReportTable } from './report-table';

/** The labour and fees that brought the most net revenue (parts are goods, not services). */
export function TopServicesSection({ range }: { readonly range: ReportRange }) {
  const { t } = useTranslation('reports');
  const format = useReportFormat();
  const services = useTopServices(range);
  const report = services.data;
  const items = report?.items ?? [];
  const currency = report?.currency ?? '';
  const money = (minor: number) => format.money(minor, currency);
  const title = t('services.title');
  const key = (service: TopService) => `${service.kind}:${service.description}`;

  return (
    <ReportSection
      title={title}
      description={t('services.description')}
      query={services}
      empty={items.length === 0}
      emptyText={t('services.empty')}
      summary={
        items[0]
          ? t('services.summary', { name: items[0].description, net: money(items[0].netMinor), count: items.length })
          : undefined
      }
      download={
        report ? (
          <CsvDownloadButton
            report={title}
            fileName={csvFileName('top-services', report.period)}
            columns={[
              { header: t('columns.service'), kind: 'text', value: (service: TopService) => service.description },
              { header: t('columns.kind'), kind: 'text', value: (service) => t(`services.kind.${service.kind}`) },
              { header: t('columns.lines'), kind: 'number', value: (service) => service.lineCount },
              { header: t('columns.quantity'), kind: 'number', value: (service) => service.quantity.toFixed(2) },
              moneyColumn(t('columns.net'), currency, (service: TopService) => service.netMinor),
            ]}
            rows={items}
          />
        ) : null
      }
      chart={
        <ReportBarChart
          data={items}
          category={(service) => service.description}
          series={[{ name: t('columns.net'), value: (service) => service.netMinor }]}
          horizontal
          formatAxis={(minor) => format.moneyAxis(minor, currency)}
          formatValue={money}
        />
      }
      table={
        <ReportTable
          caption={title}
          rows={items}
          rowKey={key}
          columns={[
            { header: t('columns.service'), cell: (service) => service.description },
            { header: t('columns.kind'), cell: (service) => t(`services.kind.${service.kind}`) },
            { header: t('columns.lines'), cell: (service) => format.number(service.lineCount), numeric: true },
            { header: t('columns.quantity'), cell: (service) => format.number(service.quantity), numeric: true },
            { header: t('columns.net'), cell: (service) => money(service.netMinor), numeric: true },
          ]}
        />
      }
    />
  );
}
