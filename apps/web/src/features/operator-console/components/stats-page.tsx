import { useTranslation } from 'react-i18next';
import { Alert } from '@/ui/alert';
import { Card } from '@/ui/card';
import { PageHeader } from '@/ui/page-header';
import { LoadingRows } from '@/ui/skeleton';
import { $ops } from '../api/ops-client';
import { CountBarChart } from './count-bar-chart';

/** Signups per day and active workshops per week, each a chart with its table under it. */
export function StatsPage() {
  const { t, i18n } = useTranslation('operator-console');
  const stats = $ops.useQuery('get', '/api/v1/ops/stats');
  const day = new Intl.DateTimeFormat(i18n.language, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const label = (iso: string) => day.format(new Date(`${iso}T00:00:00Z`));
  if (stats.isPending) return <LoadingRows label={t('loading')} />;
  if (stats.isError) return <Alert tone="danger">{t('loadFailed')}</Alert>;
  const signups = stats.data.signupsPerDay.slice(-30);
  return (
    <>
      <PageHeader title={t('stats.title')} description={t('stats.description')} />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title={t('stats.signups')}>
          <CountBarChart
            caption={t('stats.signups')}
            categoryHeader={t('stats.day')}
            valueHeader={t('stats.signupsValue')}
            rows={signups.map((row) => ({ key: row.day, label: label(row.day), value: row.signups }))}
          />
        </Card>
        <Card title={t('stats.active')}>
          <CountBarChart
            caption={t('stats.active')}
            categoryHeader={t('stats.week')}
            valueHeader={t('stats.activeValue')}
            rows={stats.data.activeWorkshopsPerWeek.map((row) => ({
              key: row.week,
              label: label(row.week),
              value: row.activeWorkshops,
            }))}
          />
        </Card>
      </div>
    </>
  );
}
