import { Pause, Play } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useWorkshopFormat } from '@/lib/i18n/use-workshop-format';
import type { components } from '@/lib/api/schema.gen';
import { Badge } from '@/ui/badge';
import { Button } from '@/ui/button';
import { cx } from '@/ui/class-names';
import type { JobLine, TimeEntry } from '../api/my-jobs-queries';
import { useClockToggle } from '../hooks/use-clock-toggle';
import { elapsedParts, elapsedSeconds, formatElapsed, liveLineSeconds } from '../utils/elapsed';

type LineTime = components['schemas']['LineTimeResponse'];

/**
 * A labour line with its clock: one big button starts or stops it; the time clocked on the line
 * counts on while anyone's clock runs there, and the person's own running clock shows beside it.
 */
export function WorkLine({
  orderId,
  line,
  time,
  readAt,
  running,
  yours,
  clockable,
  now,
}: {
  readonly orderId: string;
  readonly line: JobLine;
  readonly time: LineTime | undefined;
  readonly readAt: number;
  /** The person's own clock, when it runs on this line. */
  readonly running: TimeEntry | null;
  readonly yours: boolean;
  readonly clockable: boolean;
  readonly now: number;
}) {
  const { t } = useTranslation('my-jobs');
  const format = useWorkshopFormat();
  const toggle = useClockToggle();
  // A clock started a moment ago counts here before the next read of the order's time says so.
  const clocksOnLine = Math.max(time?.runningClocks ?? 0, running ? 1 : 0);
  const clocked = time ? liveLineSeconds(time.clockedHours, clocksOnLine, readAt, now) : null;
  const mine = running ? elapsedSeconds(running.startedAt, now) : 0;
  const sold = format.number(line.quantity);
  return (
    <div
      className={cx(
        'flex flex-col gap-3 p-3 sm:flex-row sm:items-center sm:justify-between',
        running ? 'bg-brand-soft' : undefined,
      )}
    >
      <div className="min-w-0">
        <p className="flex flex-wrap items-center gap-2 font-medium break-words">
          {line.description}
          {yours ? <Badge tone="success">{t('job.yours')}</Badge> : null}
        </p>
        <p className="text-sm text-ink-muted tabular-nums">
          <span>{t('job.sold', { hours: sold })}</span>
          {clocked !== null ? (
            <>
              {' · '}
              {/* Minutes, not seconds: the API counts a line's time in hundredths of an hour. */}
              <span>{t('job.clocked', elapsedParts(clocked))}</span>
            </>
          ) : null}
        </p>
      </div>
      {clockable || running ? (
        <Button
          size="lg"
          variant={running ? 'danger' : 'primary'}
          className="w-full shrink-0 tabular-nums sm:w-auto sm:min-w-40"
          disabled={toggle.isPending}
          aria-label={t(running ? 'clock.stopOn' : 'clock.startOn', { line: line.description })}
          onClick={() => toggle.mutate({ orderId, lineId: line.id, start: !running })}
        >
          {running ? <Pause aria-hidden="true" className="size-5" /> : <Play aria-hidden="true" className="size-5" />}
          {running ? `${t('clock.stop')} · ${formatElapsed(mine)}` : t('clock.start')}
        </Button>
      ) : null}
    </div>
  );
}
