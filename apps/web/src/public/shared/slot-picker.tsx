import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ChevronLeft, ChevronRight, Zap } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { cx } from '@/ui/class-names';
import { fetchAvailability } from '../api/public-api';
import {
  addDays,
  addMonths,
  daysInMonth,
  earlierOf,
  type IsoDate,
  laterOf,
  localDateOf,
  monthGrid,
  monthOf,
  todayIn,
} from './calendar-dates';
import type { Slot } from './nearest-slots';
import { usePublicFormat } from './use-public-format';

/** The longest range one availability request may span (the API allows 31 days). */
const WINDOW_DAYS = 31;

export interface SlotPickerProps {
  readonly slug: string;
  readonly serviceIds: readonly string[];
  readonly timeZone: string;
  readonly horizonDays: number;
  readonly day: IsoDate | null;
  readonly onDayChange: (day: IsoDate) => void;
  readonly selected: Slot | null;
  readonly onSelect: (slot: Slot) => void;
}

export function availabilityKey(slug: string, serviceIds: readonly string[], from: IsoDate, to: IsoDate) {
  return ['public', 'availability', slug, serviceIds.join(','), from, to] as const;
}

/** The days of `month` that can be asked for: from today to the end of the booking horizon. */
export function bookableRange(
  month: string,
  today: IsoDate,
  horizonDays: number,
): { from: IsoDate; to: IsoDate } | null {
  const from = laterOf(`${month}-01`, today);
  const to = earlierOf(`${month}-${String(daysInMonth(month)).padStart(2, '0')}`, addDays(today, horizonDays));
  return from <= to ? { from, to } : null;
}

/**
 * A month grid marking the days with free times, then the free times of the chosen day: only
 * bookable times are ever offered. Availability is read again when the window regains focus.
 */
export function SlotPicker(props: SlotPickerProps) {
  const { slug, serviceIds, timeZone, horizonDays, day, onDayChange, selected, onSelect } = props;
  const { t } = useTranslation('public');
  const format = usePublicFormat(timeZone);
  const queryClient = useQueryClient();
  const today = todayIn(timeZone);
  const lastDay = addDays(today, horizonDays);
  const [month, setMonth] = useState(() => monthOf(day && day >= today ? day : today));
  const [firstFree, setFirstFree] = useState<'idle' | 'searching' | 'none' | 'failed'>('idle');
  // A day chosen from outside (a nearest free time, the address) brings its month into view.
  const [shownDay, setShownDay] = useState(day);
  if (day !== shownDay) {
    setShownDay(day);
    if (day) setMonth(monthOf(day));
  }
  const range = bookableRange(month, today, horizonDays);

  const availability = useQuery({
    queryKey: availabilityKey(slug, serviceIds, range?.from ?? '', range?.to ?? ''),
    queryFn: ({ signal }) => fetchAvailability(slug, { ...range!, serviceIds }, signal),
    enabled: range !== null && serviceIds.length > 0,
    refetchOnWindowFocus: 'always',
    staleTime: 15_000,
  });

  const byDay = useMemo(() => {
    const days = new Map<IsoDate, Slot[]>();
    for (const slot of availability.data?.slots ?? []) {
      const date = localDateOf(slot.start);
      days.set(date, [...(days.get(date) ?? []), slot]);
    }
    return days;
  }, [availability.data]);

  const daySlots = day ? (byDay.get(day) ?? []) : [];
  const dayLoaded = day !== null && monthOf(day) === month && availability.isSuccess;
  const selectedGone =
    selected !== null &&
    dayLoaded &&
    localDateOf(selected.start) === day &&
    !daySlots.some((slot) => slot.start === selected.start);

  async function findFirstFree() {
    setFirstFree('searching');
    try {
      for (let from = today; from <= lastDay; from = addDays(from, WINDOW_DAYS)) {
        const to = earlierOf(addDays(from, WINDOW_DAYS - 1), lastDay);
        const answer = await queryClient.fetchQuery({
          queryKey: availabilityKey(slug, serviceIds, from, to),
          queryFn: ({ signal }) => fetchAvailability(slug, { from, to, serviceIds }, signal),
          staleTime: 15_000,
        });
        const first = answer.slots[0];
        if (first) {
          const date = localDateOf(first.start);
          setMonth(monthOf(date));
          onDayChange(date);
          onSelect(first);
          setFirstFree('idle');
          return;
        }
      }
      setFirstFree('none');
    } catch {
      setFirstFree('failed');
    }
  }

  const canGoBack = month > monthOf(today);
  const canGoForward = month < monthOf(lastDay);

  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-ink-muted">{t('time.zone', { zone: format.zone })}</p>
      <Button variant="secondary" size="lg" busy={firstFree === 'searching'} onClick={() => void findFirstFree()}>
        <Zap aria-hidden="true" className="size-5" />
        {t('time.firstFree')}
      </Button>
      {firstFree === 'none' ? <Alert tone="warning">{t('time.noneAtAll')}</Alert> : null}
      {firstFree === 'failed' ? <Alert tone="danger">{t('time.loadFailed')}</Alert> : null}

      <section aria-labelledby="month-title" className="rounded-xl border border-line bg-surface p-3 sm:p-4">
        <div className="mb-2 flex items-center justify-between gap-2">
          <Button
            variant="ghost"
            className="size-11 px-0"
            aria-label={t('time.previousMonth')}
            disabled={!canGoBack}
            onClick={() => setMonth(addMonths(month, -1))}
          >
            <ChevronLeft aria-hidden="true" className="size-5" />
          </Button>
          <h3 id="month-title" className="text-base font-semibold capitalize" aria-live="polite">
            {format.month(month)}
          </h3>
          <Button
            variant="ghost"
            className="size-11 px-0"
            aria-label={t('time.nextMonth')}
            disabled={!canGoForward}
            onClick={() => setMonth(addMonths(month, 1))}
          >
            <ChevronRight aria-hidden="true" className="size-5" />
          </Button>
        </div>
        <table className="w-full table-fixed border-collapse text-center">
          <caption className="sr-only">{t('time.calendarCaption')}</caption>
          <thead>
            <tr>
              {format.weekdays.map((name) => (
                <th key={name} scope="col" className="pb-1 text-xs font-medium text-ink-muted">
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody aria-busy={availability.isFetching || undefined}>
            {monthGrid(month).map((week) => (
              <tr key={week.find(Boolean) ?? month}>
                {week.map((date, index) => {
                  if (!date) return <td key={`pad-${index}`} />;
                  const count = byDay.get(date)?.length ?? 0;
                  const chosen = date === day;
                  return (
                    <td key={date} className="p-0.5">
                      <button
                        type="button"
                        disabled={count === 0}
                        aria-pressed={chosen}
                        aria-label={`${format.day(date)}, ${count > 0 ? t('time.freeCount', { count }) : t('time.noFree')}`}
                        onClick={() => onDayChange(date)}
                        className={cx(
                          'relative mx-auto flex h-11 w-full max-w-12 flex-col items-center justify-center rounded-lg text-sm',
                          chosen
                            ? 'bg-brand font-semibold text-brand-ink hover:bg-brand-strong'
                            : count > 0
                              ? 'font-semibold text-ink hover:bg-brand-soft'
                              : 'cursor-not-allowed text-ink-muted line-through decoration-ink-muted/40',
                          date === today && !chosen && 'ring-1 ring-line',
                        )}
                      >
                        {format.dayNumber(date)}
                        {count > 0 && !chosen ? (
                          <span aria-hidden="true" className="absolute bottom-1 size-1.5 rounded-full bg-success" />
                        ) : null}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        {availability.isPending && range ? (
          <p role="status" className="mt-2 text-sm text-ink-muted">
            {t('loading')}
          </p>
        ) : null}
        {availability.isError ? (
          <Alert
            tone="danger"
            className="mt-2"
            title={t('time.loadFailed')}
            action={
              <Button size="sm" variant="secondary" onClick={() => void availability.refetch()}>
                {t('retry')}
              </Button>
            }
          />
        ) : null}
        {availability.isSuccess && byDay.size === 0 ? (
          <p role="status" className="mt-2 text-sm text-ink-muted">
            {t('time.noneThisMonth')}
          </p>
        ) : null}
      </section>

      {day ? (
        <section aria-labelledby="slots-title" className="flex flex-col gap-3">
          <h3 id="slots-title" className="text-base font-semibold">
            {t('time.slotsOn', { day: format.day(day) })}
          </h3>
          {selectedGone ? <Alert tone="warning">{t('time.selectedGone')}</Alert> : null}
          {dayLoaded && daySlots.length === 0 ? (
            <p className="text-sm text-ink-muted">{t('time.noneThatDay')}</p>
          ) : null}
          <ul className="grid grid-cols-3 gap-2 sm:grid-cols-5">
            {daySlots.map((slot) => {
              const chosen = selected?.start === slot.start;
              return (
                <li key={slot.start}>
                  <button
                    type="button"
                    aria-pressed={chosen}
                    onClick={() => onSelect(slot)}
                    className={cx(
                      'h-12 w-full rounded-lg border text-base font-semibold tabular-nums',
                      chosen
                        ? 'border-brand bg-brand text-brand-ink'
                        : 'border-line bg-surface text-ink hover:border-brand hover:bg-brand-soft',
                    )}
                  >
                    {format.time(slot.start)}
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
