import { Link } from '@tanstack/react-router';
import { ClipboardList } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useWorkshopFormat } from '@/lib/i18n/use-workshop-format';
import { Alert } from '@/ui/alert';
import { buttonClasses } from '@/ui/button';
import { EmptyState } from '@/ui/empty-state';
import { LoadFailed } from '@/ui/load-failed';
import { PageHeader } from '@/ui/page-header';
import { LoadingRows } from '@/ui/skeleton';
import { useMyBoard } from '../api/my-jobs-queries';
import { useTickingNow } from '../hooks/use-ticking-now';
import { jobsToDo, readyToday } from '../utils/my-jobs';
import { JobCard } from './job-card';
import { ReadyToday } from './ready-today';

/**
 * The mechanic's day on a phone: the orders assigned to them, the soonest promise first, each
 * with one-tap clocks on its labour and the car-ready step; the cars finished today below.
 */
export function MyJobsPage() {
  const { t } = useTranslation('my-jobs');
  const format = useWorkshopFormat();
  const board = useMyBoard();
  const now = useTickingNow();
  const jobs = board.data ? jobsToDo(board.data) : [];
  const ready = board.data ? readyToday(board.data, now) : [];
  return (
    <>
      <PageHeader
        title={t('title')}
        description={
          board.data
            ? t('description', { date: format.date(new Date(now).toISOString()), count: jobs.length })
            : undefined
        }
      />
      {board.isPending ? (
        <LoadingRows label={t('loading')} rows={3} />
      ) : board.isError && !board.data ? (
        <LoadFailed title={t('failed')} retryLabel={t('retry')} onRetry={() => void board.refetch()} />
      ) : (
        <div className="flex flex-col gap-4">
          {board.isRefetchError ? <Alert tone="warning">{t('stale')}</Alert> : null}
          {jobs.length === 0 ? (
            <EmptyState
              title={t('empty')}
              action={
                <Link to="/orders" className={buttonClasses('secondary', 'lg')}>
                  <ClipboardList aria-hidden="true" className="size-5" />
                  {t('openBoard')}
                </Link>
              }
            >
              {t('emptyHint')}
            </EmptyState>
          ) : (
            <ul className="flex flex-col gap-4">
              {jobs.map((job) => (
                <li key={job.id}>
                  <JobCard job={job} now={now} />
                </li>
              ))}
            </ul>
          )}
          {ready.length > 0 ? <ReadyToday jobs={ready} /> : null}
        </div>
      )}
    </>
  );
}
