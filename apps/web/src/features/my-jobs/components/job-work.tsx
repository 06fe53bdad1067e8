import { useTranslation } from 'react-i18next';
import { useMe } from '@/lib/session/me';
import { Alert } from '@/ui/alert';
import { EmptyState } from '@/ui/empty-state';
import { LoadFailed } from '@/ui/load-failed';
import { LoadingRows } from '@/ui/skeleton';
import { useJobOrder, useJobTime, useRunningClock } from '../api/my-jobs-queries';
import type { JobCard } from '../utils/my-jobs';
import { WorkLine } from './work-line';

/** Statuses a clock may be started in: approved work moves to in progress with its first clock. */
const CLOCKABLE = ['approved', 'in_progress'];

/** The complaint and the order's labour the customer did not decline, each with its clock. */
export function JobWork({ job, now }: { readonly job: JobCard; readonly now: number }) {
  const { t } = useTranslation('my-jobs');
  const me = useMe();
  const order = useJobOrder(job.id);
  const time = useJobTime(job.id);
  const clock = useRunningClock();
  if (order.isPending) return <LoadingRows label={t('job.linesLoading')} rows={2} />;
  if (order.isError) {
    return <LoadFailed title={t('job.linesFailed')} retryLabel={t('retry')} onRetry={() => void order.refetch()} />;
  }
  const labour = order.data.lines.filter((line) => line.kind === 'labour' && line.approval !== 'declined');
  const timeOf = new Map((time.data?.lines ?? []).map((line) => [line.lineId, line]));
  const running = clock.data?.running ?? null;
  const clockable = CLOCKABLE.includes(job.status);
  return (
    <div className="mt-3 flex flex-col gap-3">
      <div>
        <h3 className="text-sm font-semibold text-ink-muted">{t('job.complaint')}</h3>
        <p className="break-words">{order.data.complaint ?? t('job.noComplaint')}</p>
      </div>
      {job.status === 'waiting_parts' ? <Alert tone="warning">{t('job.waitingParts')}</Alert> : null}
      {labour.length === 0 ? (
        <EmptyState title={t('job.noWork')}>{t('job.noWorkHint')}</EmptyState>
      ) : (
        <section aria-label={t('job.work')}>
          <ul className="flex flex-col divide-y divide-line rounded-lg border border-line">
            {labour.map((line) => (
              <li key={line.id}>
                <WorkLine
                  orderId={job.id}
                  line={line}
                  time={timeOf.get(line.id)}
                  readAt={time.dataUpdatedAt}
                  running={running?.lineId === line.id ? running : null}
                  yours={line.mechanicUserId === me.user.id}
                  clockable={clockable}
                  now={now}
                />
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
