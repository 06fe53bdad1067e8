import { useTranslation } from 'react-i18next';
import { useMe } from '@/lib/session/me';
import { LoadFailed } from '@/ui/load-failed';
import { LoadingRows } from '@/ui/skeleton';
import { useCalendar } from '../api/calendar-queries';
import { useCalendarFormat } from '../hooks/use-calendar-format';
import { useNow } from '../hooks/use-now';
import { localDate } from '../utils/calendar-geometry';
import { CalendarBoard } from './calendar-board';

/**
 * `/calendar/tv`: today's lanes for the screen on the workshop wall. Large type, nothing to press,
 * refreshed every 30 seconds (the calendar's polling) and on focus.
 */
export function TvCalendarPage() {
  const { t } = useTranslation('calendar');
  const me = useMe();
  const now = useNow(30_000);
  const zone = me.workshop.timeZone;
  const today = localDate(now, zone);
  const calendar = useCalendar(today, today);
  const format = useCalendarFormat(calendar.data?.timeZone ?? zone);
  const booked = calendar.data?.lanes
    .flatMap((lane) => lane.appointments)
    .filter((block) => block.status !== 'cancelled');
  return (
    <main className="min-h-dvh bg-canvas p-4 text-ink lg:p-8">
      <header className="mb-4 flex flex-wrap items-baseline justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold lg:text-5xl">{t('tv.title')}</h1>
          <p className="mt-1 text-xl text-ink-muted lg:text-2xl">
            {me.workshop.name} · {format.longDay(today)}
          </p>
        </div>
        <p className="text-4xl font-bold tabular-nums lg:text-6xl" aria-label={t('now', { time: format.time(now) })}>
          {format.time(now)}
        </p>
      </header>
      {calendar.isError && !calendar.data ? (
        <LoadFailed title={t('failed')} retryLabel={t('retry')} onRetry={() => void calendar.refetch()} />
      ) : !calendar.data ? (
        <LoadingRows label={t('loading')} rows={6} />
      ) : (
        <>
          {booked && booked.length === 0 ? <p className="mb-4 text-2xl text-ink-muted">{t('tv.empty')}</p> : null}
          <CalendarBoard
            data={calendar.data}
            dates={[today]}
            bays={calendar.data.lanes.map((lane) => lane.bay)}
            now={now}
            pxPerMinute={1.8}
            readOnly
            large
          />
          <p className="mt-2 text-base text-ink-muted" role="status">
            {t('tv.updated', { time: format.time(new Date(calendar.dataUpdatedAt)) })}
          </p>
        </>
      )}
    </main>
  );
}
