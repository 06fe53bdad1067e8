import { Link } from '@tanstack/react-router';
import { Square, Timer } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useJobOrder, useRunningClock, type TimeEntry } from '../api/my-jobs-queries';
import { useClockToggle } from '../hooks/use-clock-toggle';
import { useTickingNow } from '../hooks/use-ticking-now';
import { elapsedParts, elapsedSeconds, formatElapsed } from '../utils/elapsed';

/**
 * The person's running clock on every staff page: which order and line, the time ticking; a tap
 * opens the job, the square stops the clock. Nothing at all while no clock runs.
 */
export function RunningClockPill() {
  const clock = useRunningClock();
  const running = clock.data?.running ?? null;
  return running ? <Pill running={running} /> : null;
}

function Pill({ running }: { readonly running: TimeEntry }) {
  const { t } = useTranslation('my-jobs');
  const now = useTickingNow();
  const order = useJobOrder(running.orderId);
  const toggle = useClockToggle();
  const seconds = elapsedSeconds(running.startedAt, now);
  const line = order.data?.lines.find((one) => one.id === running.lineId);
  const label =
    order.data && line
      ? t('pill.open', { number: order.data.number, line: line.description, ...elapsedParts(seconds) })
      : t('pill.openUnknown', elapsedParts(seconds));
  return (
    <>
      {/* Keeps the end of the page scrollable out from under the pill. */}
      <div aria-hidden="true" className="h-16 print:hidden" />
      <section
        aria-label={t('pill.label')}
        className="fixed inset-x-3 bottom-[calc(4.25rem+env(safe-area-inset-bottom))] z-30 flex items-stretch overflow-hidden rounded-full bg-ink text-canvas shadow-lg sm:inset-x-auto sm:right-4 sm:max-w-md lg:right-6 lg:bottom-6 print:hidden"
      >
        <Link
          to="/jobs"
          hash={`job-${running.orderId}`}
          aria-label={label}
          className="flex min-h-12 min-w-0 flex-1 items-center gap-2 py-2 pr-2 pl-4 hover:bg-ink/90"
        >
          <Timer aria-hidden="true" className="size-5 shrink-0 motion-safe:animate-pulse" />
          <span className="min-w-0 flex-1 truncate text-sm">
            {order.data ? (
              <span className="font-semibold">{t('pill.order', { number: order.data.number })} </span>
            ) : null}
            {line?.description}
          </span>
          <span className="font-mono text-base font-semibold tabular-nums">{formatElapsed(seconds)}</span>
        </Link>
        <button
          type="button"
          aria-label={t('pill.stop')}
          disabled={toggle.isPending}
          onClick={() => toggle.mutate({ orderId: running.orderId, lineId: running.lineId, start: false })}
          className="flex min-h-12 w-14 shrink-0 items-center justify-center border-l border-canvas/30 bg-danger text-white hover:opacity-90 disabled:opacity-60 dark:text-canvas"
        >
          <Square aria-hidden="true" className="size-5 fill-current" />
        </button>
      </section>
    </>
  );
}
