import { Link } from '@tanstack/react-router';
import { CheckCircle2 } from 'lucide-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PlateChip } from '@/ui/plate-chip';
import type { JobCard } from '../utils/my-jobs';

/** The cars the mechanic finished today: proof of the day's work, each a link to its order. */
export function ReadyToday({ jobs }: { readonly jobs: readonly JobCard[] }) {
  const { t } = useTranslation('my-jobs');
  const heading = useId();
  return (
    <section aria-labelledby={heading} className="rounded-xl border border-line bg-surface p-4 sm:p-5">
      <h2 id={heading} className="text-base font-semibold">
        {t('ready.today')}
      </h2>
      <p className="mb-2 text-sm text-ink-muted">{t('ready.todayHint')}</p>
      <ul className="divide-y divide-line">
        {jobs.map((job) => (
          <li key={job.id}>
            <Link
              to="/orders/$orderId"
              params={{ orderId: job.id }}
              className="flex min-h-12 flex-wrap items-center gap-x-3 gap-y-1 py-2 hover:bg-surface-2"
            >
              <CheckCircle2 aria-hidden="true" className="size-5 text-success" />
              {job.plate ? <PlateChip plate={job.plate} /> : null}
              <span className="font-medium">
                {job.make} {job.model}
              </span>
              <span className="text-ink-muted">{t('job.order', { number: job.number })}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
