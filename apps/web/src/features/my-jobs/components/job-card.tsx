import { Link } from '@tanstack/react-router';
import { CheckCircle2, PlayCircle } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { asProblem } from '@/lib/api/problem';
import { useWorkshopFormat } from '@/lib/i18n/use-workshop-format';
import { Badge } from '@/ui/badge';
import { Button } from '@/ui/button';
import { cx } from '@/ui/class-names';
import { PlateChip } from '@/ui/plate-chip';
import { useMoveJob, useRefreshJobs } from '../api/my-jobs-queries';
import { isLate, READY_STATUS, type JobCard as Job } from '../utils/my-jobs';
import { CarReadyDialog } from './car-ready-dialog';
import { JobWork } from './job-work';

const STATUS_TONE = { approved: 'neutral', in_progress: 'brand', waiting_parts: 'warning' } as const;

/** One assigned order: the car, the promise, the complaint, its labour with clocks, the next step. */
export function JobCard({ job, now }: { readonly job: Job; readonly now: number }) {
  const { t } = useTranslation('my-jobs');
  const format = useWorkshopFormat();
  const [confirming, setConfirming] = useState(false);
  const move = useMoveJob();
  const refresh = useRefreshJobs();
  const car = `${job.make} ${job.model}`.trim();
  const late = isLate(job, now);
  const canFinish = job.allowedTransitions.includes(READY_STATUS);
  const canResume = job.status === 'waiting_parts' && job.allowedTransitions.includes('in_progress');

  const resume = async () => {
    try {
      await move.mutateAsync({ params: { path: { id: job.id } }, body: { to: 'in_progress' } });
      toast.success(t('job.resumed', { number: job.number }));
    } catch (error) {
      toast.error(asProblem(error)?.detail ?? t('job.moveFailed'));
    }
    await refresh();
  };

  return (
    <article
      id={`job-${job.id}`}
      aria-label={t('job.label', { number: job.number, car })}
      className="scroll-mt-20 rounded-xl border border-line bg-surface p-4 sm:p-5"
    >
      <header className="flex flex-col gap-2">
        <div className="flex flex-wrap items-center gap-2">
          {job.plate ? <PlateChip plate={job.plate} className="text-base" /> : null}
          <h2 className="text-lg font-semibold">{car}</h2>
          <Badge tone={STATUS_TONE[job.status as keyof typeof STATUS_TONE] ?? 'neutral'}>
            {t(`status.${job.status}`)}
          </Badge>
        </div>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
          <Link
            to="/orders/$orderId"
            params={{ orderId: job.id }}
            aria-label={t('job.openOrder', { number: job.number })}
            className="font-medium text-brand underline-offset-2 hover:underline"
          >
            {t('job.order', { number: job.number })}
          </Link>
          <span className={cx(late ? 'font-semibold text-danger' : 'text-ink-muted')}>
            {job.promisedAt
              ? t(late ? 'job.late' : 'job.promised', { time: format.dateTime(job.promisedAt) })
              : t('job.notPromised')}
          </span>
        </div>
      </header>

      <JobWork job={job} now={now} />

      {canResume || canFinish ? (
        <div className="mt-4 flex flex-col gap-2 border-t border-line pt-4 sm:flex-row sm:justify-end">
          {canResume ? (
            <Button size="lg" variant="secondary" busy={move.isPending} onClick={() => void resume()}>
              <PlayCircle aria-hidden="true" className="size-5" />
              {t('job.resume')}
            </Button>
          ) : null}
          {canFinish ? (
            <Button size="lg" variant="primary" onClick={() => setConfirming(true)}>
              <CheckCircle2 aria-hidden="true" className="size-5" />
              {t('job.carReady')}
            </Button>
          ) : null}
        </div>
      ) : null}
      {canFinish ? <CarReadyDialog job={job} car={car} open={confirming} onOpenChange={setConfirming} /> : null}
    </article>
  );
}
