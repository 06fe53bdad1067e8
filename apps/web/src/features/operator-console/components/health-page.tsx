import { ExternalLink } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/ui/alert';
import { Badge } from '@/ui/badge';
import { Card } from '@/ui/card';
import { DetailItem } from '@/ui/detail-item';
import { PageHeader } from '@/ui/page-header';
import { LoadingRows } from '@/ui/skeleton';
import { $ops } from '../api/ops-client';
import { formatBytes } from '../utils/format-bytes';

const QUEUE_STATES = ['waiting', 'active', 'delayed', 'failed'] as const;

/** The platform's backends at a glance, refreshed every 30 s; the detail lives in Grafana. */
export function HealthPage() {
  const { t, i18n } = useTranslation('operator-console');
  const health = $ops.useQuery('get', '/api/v1/ops/health', undefined, { refetchInterval: 30_000 });
  const number = new Intl.NumberFormat(i18n.language);
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const at = (iso: string | null) => (iso ? when.format(new Date(iso)) : '—');
  return (
    <>
      <PageHeader title={t('health.title')} description={t('health.description')} />
      {health.isPending ? (
        <LoadingRows label={t('loading')} />
      ) : health.isError ? (
        <Alert tone="danger">{t('loadFailed')}</Alert>
      ) : (
        // grid-cols-1 (minmax(0, 1fr)): a card's content never widens the page past a phone's screen.
        <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
          <Card title={t('health.queues')}>
            {health.data.queues.length === 0 ? (
              <Alert tone="danger">{t('health.queuesDown')}</Alert>
            ) : (
              // A column per queue and a row per state: two or three queues fit a phone's width,
              // where four states as columns did not.
              <table className="w-full text-left text-sm">
                <caption className="sr-only">{t('health.queues')}</caption>
                <thead className="border-b border-line text-xs text-ink-muted">
                  <tr>
                    <th scope="col" className="px-3 py-2 font-semibold uppercase">
                      {t('health.state')}
                    </th>
                    {health.data.queues.map((queue) => (
                      <th key={queue.name} scope="col" className="px-3 py-2 text-right font-mono font-semibold">
                        {queue.name}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody className="divide-y divide-line">
                  {QUEUE_STATES.map((state) => (
                    <tr key={state}>
                      <th scope="row" className="px-3 py-2 font-medium">
                        {t(`health.states.${state}`)}
                      </th>
                      {health.data.queues.map((queue) => (
                        <td key={queue.name} className="px-3 py-2 text-right tabular-nums">
                          {number.format(queue[state])}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </Card>
          <Card title={t('health.search')}>
            <dl className="grid grid-cols-2 gap-4">
              <DetailItem term={t('health.backend')}>{health.data.search.backend}</DetailItem>
              <DetailItem term={t('health.state')}>
                <Badge tone={health.data.search.up ? 'success' : 'danger'}>
                  {t(health.data.search.up ? 'health.up' : 'health.down')}
                </Badge>
              </DetailItem>
              {health.data.search.index ? (
                <DetailItem term={t('health.index')}>{health.data.search.index}</DetailItem>
              ) : null}
              <DetailItem term={t('health.outbox')}>{number.format(health.data.outboxPending)}</DetailItem>
              <DetailItem term={t('health.outboxLag')}>
                {t('health.seconds', { count: health.data.outboxLagSeconds })}
              </DetailItem>
            </dl>
          </Card>
          <Card title={t('health.mail')}>
            <dl className="grid grid-cols-2 gap-4">
              <DetailItem term={t('health.mailsQueued')}>{number.format(health.data.mailsQueued)}</DetailItem>
              <DetailItem term={t('health.mailsOldest')}>{at(health.data.mailsOldestQueuedAt)}</DetailItem>
            </dl>
          </Card>
          <Card title={t('health.database')}>
            <dl className="grid grid-cols-2 gap-4">
              <DetailItem term={t('health.databaseSize')}>
                {formatBytes(health.data.databaseBytes, i18n.language)}
              </DetailItem>
              <DetailItem term={t('health.rolledUp')}>{at(health.data.usageRolledUpAt)}</DetailItem>
            </dl>
          </Card>
          <Card title={t('health.dashboards')} className="md:col-span-2">
            {health.data.dashboards.length === 0 ? (
              <p className="text-sm text-ink-muted">{t('health.noDashboards')}</p>
            ) : (
              <ul className="flex flex-wrap gap-2">
                {health.data.dashboards.map((dashboard) => (
                  <li key={dashboard.id}>
                    <a
                      href={dashboard.url}
                      target="_blank"
                      rel="noreferrer"
                      className="inline-flex items-center gap-1.5 rounded-md border border-line px-3 py-2 text-sm font-medium hover:bg-surface-2"
                    >
                      {t(`health.dashboardNames.${dashboard.id}`)}
                      <ExternalLink aria-hidden="true" className="size-4" />
                      <span className="sr-only">{t('health.opensInNewTab')}</span>
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
      )}
    </>
  );
}
