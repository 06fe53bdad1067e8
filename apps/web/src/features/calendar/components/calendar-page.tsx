import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { ChevronLeft, ChevronRight, Tv } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asProblem } from '@/lib/api/problem';
import { useMe } from '@/lib/session/me';
import { Alert } from '@/ui/alert';
import { Button, buttonClasses } from '@/ui/button';
import { cx } from '@/ui/class-names';
import { LoadFailed } from '@/ui/load-failed';
import { PageHeader } from '@/ui/page-header';
import { LoadingRows } from '@/ui/skeleton';
import { useCalendar, useMoveAppointment, type CalendarBlock } from '../api/calendar-queries';
import { useBayLabel } from '../hooks/use-bay-label';
import { useCalendarFormat } from '../hooks/use-calendar-format';
import { useNarrow } from '../hooks/use-narrow';
import { useNow } from '../hooks/use-now';
import { instantAt, isoInZone, localDate, rangeOf, shiftDate } from '../utils/calendar-geometry';
import type { CalendarView } from '../utils/calendar-search';
import { refusalMessage } from '../utils/refusal-message';
import { AppointmentDialog } from './appointment-dialog';
import { BookingDialog, type BookingSlot } from './booking-dialog';
import { CalendarBoard, type BlockTarget } from './calendar-board';

/** `/calendar`: the bays' lanes for a day or a week; drag, arrow keys or a click to run the day. */
export function CalendarPage() {
  const { t } = useTranslation('calendar');
  const search = useSearch({ from: '/_staff/calendar' });
  const navigate = useNavigate({ from: '/calendar' });
  const me = useMe();
  const now = useNow();
  const narrow = useNarrow();
  const zone = me.workshop.timeZone;
  const view: CalendarView = search.view ?? 'day';
  const today = localDate(now, zone);
  const date = search.date ?? today;
  const dates = rangeOf(view, date);
  const from = dates[0] ?? date;
  const to = dates[dates.length - 1] ?? date;
  const calendar = useCalendar(from, to);
  const bayLabel = useBayLabel(calendar.data);
  const move = useMoveAppointment(from, to);
  const format = useCalendarFormat(calendar.data?.timeZone ?? zone);
  const [announcement, setAnnouncement] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const [booking, setBooking] = useState<BookingSlot | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);

  const allBays = calendar.data?.lanes.map((lane) => lane.bay) ?? [];
  const chosenBay = search.bay !== undefined && allBays.includes(search.bay) ? search.bay : undefined;
  const bays = narrow ? [chosenBay ?? allBays[0] ?? 1] : chosenBay !== undefined ? [chosenBay] : allBays;
  const blocks = calendar.data?.lanes.flatMap((lane) => lane.appointments) ?? [];
  const opened = blocks.find((block) => block.id === openId) ?? null;
  const shown = blocks.filter((block) => block.status !== 'cancelled' && bays.includes(block.bay)).length;

  const go = (next: { view?: CalendarView; date?: string; bay?: number | undefined }) =>
    void navigate({
      search: (prev) => {
        const merged = { ...prev, ...next };
        return {
          view: merged.view === 'day' ? undefined : merged.view,
          date: merged.date === today ? undefined : merged.date,
          bay: merged.bay,
        };
      },
    });

  const onMove = (block: CalendarBlock, target: BlockTarget) => {
    const timeZone = calendar.data?.timeZone ?? zone;
    const start = instantAt(target.date, target.minute, timeZone);
    const end = new Date(start.getTime() + target.duration * 60_000);
    setRefusal(null);
    setAnnouncement(t('moving'));
    move.mutate(
      { id: block.id, bay: target.bay, startsAt: isoInZone(start, timeZone), endsAt: isoInZone(end, timeZone) },
      {
        onSuccess: () =>
          setAnnouncement(
            t('moved', {
              client: block.clientName,
              day: format.day(target.date),
              time: `${format.time(start)}–${format.time(end)}`,
              bay: bayLabel(target.bay),
            }),
          ),
        onError: (error) => {
          const message = refusalMessage(t, asProblem(error));
          setRefusal(message);
          setAnnouncement(`${t('refused')}: ${message}`);
        },
      },
    );
  };

  const stepLabel =
    view === 'day' ? ['toolbar.previousDay', 'toolbar.nextDay'] : ['toolbar.previousWeek', 'toolbar.nextWeek'];
  const title = view === 'day' ? format.longDay(date) : `${format.day(from)} – ${format.day(to)}`;

  return (
    <>
      <PageHeader
        title={t('title')}
        description={
          <>
            <span className="font-semibold text-ink">{title}</span>
            <span className="block text-sm">{t('toolbar.zone', { zone: calendar.data?.timeZone ?? zone })}</span>
          </>
        }
        actions={
          <Link to="/calendar/tv" className={buttonClasses('secondary', 'md')}>
            <Tv aria-hidden="true" className="size-4" />
            {t('toolbar.tv')}
          </Link>
        }
      />
      <div role="toolbar" aria-label={t('toolbar.label')} className="mb-4 flex flex-wrap items-center gap-2">
        <div className="flex items-center gap-1">
          <Button
            variant="secondary"
            className="w-11 px-0"
            aria-label={t(stepLabel[0] ?? '')}
            onClick={() => go({ date: shiftDate(view, date, -1) })}
          >
            <ChevronLeft aria-hidden="true" className="size-5" />
          </Button>
          <Button variant="secondary" onClick={() => go({ date: today })} aria-pressed={date === today}>
            {t('toolbar.today')}
          </Button>
          <Button
            variant="secondary"
            className="w-11 px-0"
            aria-label={t(stepLabel[1] ?? '')}
            onClick={() => go({ date: shiftDate(view, date, 1) })}
          >
            <ChevronRight aria-hidden="true" className="size-5" />
          </Button>
        </div>
        <Segmented
          label={t('toolbar.view')}
          options={[
            { value: 'day', label: t('toolbar.day') },
            { value: 'week', label: t('toolbar.week') },
          ]}
          value={view}
          onChange={(value) => go({ view: value as CalendarView })}
        />
        {allBays.length > 1 ? (
          <Segmented
            label={t('toolbar.bays')}
            options={[
              ...(narrow ? [] : [{ value: 'all', label: t('toolbar.allBays') }]),
              ...allBays.map((bay) => ({ value: String(bay), label: bayLabel(bay) })),
            ]}
            value={narrow ? String(bays[0]) : chosenBay === undefined ? 'all' : String(chosenBay)}
            onChange={(value) => go({ bay: value === 'all' ? undefined : Number(value) })}
          />
        ) : null}
      </div>
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
      {refusal ? (
        <Alert
          tone="danger"
          title={t('refused')}
          className="mb-4"
          action={
            <Button size="sm" variant="ghost" onClick={() => setRefusal(null)}>
              {t('close')}
            </Button>
          }
        >
          {refusal}
        </Alert>
      ) : null}
      {calendar.isError && !calendar.data ? (
        <LoadFailed title={t('failed')} retryLabel={t('retry')} onRetry={() => void calendar.refetch()} />
      ) : !calendar.data ? (
        <LoadingRows label={t('loading')} rows={8} />
      ) : (
        <>
          <p className={cx('mb-2 text-sm text-ink-muted')}>
            {shown === 0 ? t('empty') : t('summary', { count: shown })}
          </p>
          <CalendarBoard
            data={calendar.data}
            dates={dates}
            bays={bays}
            now={now}
            pxPerMinute={narrow ? 1.4 : 1.6}
            onOpen={(block) => setOpenId(block.id)}
            onBook={setBooking}
            onMove={onMove}
            onAnnounce={setAnnouncement}
          />
        </>
      )}
      {booking && calendar.data ? (
        <BookingDialog
          slot={booking}
          timeZone={calendar.data.timeZone}
          bayLabel={bayLabel(booking.bay)}
          onClose={() => setBooking(null)}
          onBooked={setAnnouncement}
        />
      ) : null}
      {opened && calendar.data ? (
        <AppointmentDialog
          block={opened}
          timeZone={calendar.data.timeZone}
          bayLabel={bayLabel(opened.bay)}
          onClose={() => setOpenId(null)}
        />
      ) : null}
    </>
  );
}

/** A row of toggle buttons, one pressed: the view, the bay. */
function Segmented({
  label,
  options,
  value,
  onChange,
}: {
  readonly label: string;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  readonly value: string;
  readonly onChange: (value: string) => void;
}) {
  return (
    <div
      role="group"
      aria-label={label}
      className="flex overflow-x-auto rounded-lg border border-line bg-surface p-0.5"
    >
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          aria-pressed={option.value === value}
          onClick={() => onChange(option.value)}
          className={cx(
            'h-10 shrink-0 rounded-md px-3 text-sm font-semibold whitespace-nowrap',
            option.value === value ? 'bg-brand text-brand-ink' : 'text-ink hover:bg-surface-2',
          )}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
