import { Copy, Plus, X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/ui/button';
import {
  addRange,
  changeRange,
  copyMondayToWeekdays,
  DAYS,
  MAX_RANGES,
  rangeProblems,
  removeRange,
  setOpen,
  toFieldTime,
  type Day,
  type OpeningHours,
} from '../utils/opening-hours';
import { TimeField } from './time-field';

/**
 * Opening hours per weekday: each day open or closed, with one or more ranges; ranges are added
 * and removed, and Monday can be copied to the other weekdays. Problems show under their day.
 */
export function HoursEditor({
  hours,
  onChange,
  readOnly,
  errors,
}: {
  readonly hours: OpeningHours;
  readonly onChange: (hours: OpeningHours) => void;
  readonly readOnly: boolean;
  /** An error from the API per day, shown when the day itself looks right here. */
  readonly errors: Partial<Record<Day, string>>;
}) {
  const { t } = useTranslation('schedule-settings');
  return (
    <div className="flex flex-col gap-4">
      {readOnly ? null : (
        <div>
          <Button type="button" variant="secondary" size="sm" onClick={() => onChange(copyMondayToWeekdays(hours))}>
            <Copy aria-hidden="true" className="size-4" />
            {t('schedule.copyMonday')}
          </Button>
        </div>
      )}
      <div className="flex flex-col divide-y divide-line">
        {DAYS.map((day) => (
          <DayHours key={day} day={day} hours={hours} onChange={onChange} readOnly={readOnly} apiError={errors[day]} />
        ))}
      </div>
      <p className="text-sm text-ink-muted">{t('schedule.midnightHint')}</p>
    </div>
  );
}

function DayHours({
  day,
  hours,
  onChange,
  readOnly,
  apiError,
}: {
  readonly day: Day;
  readonly hours: OpeningHours;
  readonly onChange: (hours: OpeningHours) => void;
  readonly readOnly: boolean;
  readonly apiError: string | undefined;
}) {
  const { t } = useTranslation('schedule-settings');
  const ranges = hours[day];
  const open = ranges.length > 0;
  const problems = rangeProblems(ranges);
  const problem = [...problems.values()][0];
  const errorId = `hours-${day}-error`;
  const message = problem ? t(`schedule.rangeProblems.${problem}`) : apiError;
  return (
    <div
      role="group"
      aria-labelledby={`hours-${day}-name`}
      aria-describedby={message ? errorId : undefined}
      className="grid grid-cols-[1fr_auto] gap-x-3 gap-y-2 py-3 sm:grid-cols-[8rem_6rem_1fr] sm:items-start"
    >
      <span id={`hours-${day}-name`} className="flex h-11 items-center font-medium">
        {t(`schedule.days.${day}`)}
      </span>
      <label className="flex h-11 items-center gap-2 text-sm">
        <input
          type="checkbox"
          className="size-5 accent-brand"
          checked={open}
          onChange={(event) => onChange(setOpen(hours, day, event.target.checked))}
        />
        {t('schedule.open')}
      </label>
      <div className="col-span-2 flex min-w-0 flex-col gap-2 sm:col-span-1">
        {open ? (
          ranges.map((range, index) => (
            <div
              key={index}
              className="grid grid-cols-[minmax(0,1fr)_auto_minmax(0,1fr)_auto] items-center gap-1.5 sm:flex sm:gap-2"
            >
              <TimeField
                step={300}
                label={t('schedule.opens', { n: index + 1 })}
                value={range.start}
                invalid={problems.has(index)}
                onChange={(event) => onChange(changeRange(hours, day, index, { start: event.target.value }))}
                className="min-w-0 sm:w-36"
              />
              <span aria-hidden="true">–</span>
              <TimeField
                step={300}
                label={t('schedule.closes', { n: index + 1 })}
                value={toFieldTime(range.end)}
                invalid={problems.has(index)}
                onChange={(event) => onChange(changeRange(hours, day, index, { end: event.target.value }))}
                className="min-w-0 sm:w-36"
              />
              {readOnly ? null : (
                <Button
                  type="button"
                  variant="ghost"
                  size="md"
                  className="px-2"
                  aria-label={t('schedule.removeRange', { start: range.start, end: toFieldTime(range.end) })}
                  onClick={() => onChange(removeRange(hours, day, index))}
                >
                  <X aria-hidden="true" className="size-4" />
                </Button>
              )}
            </div>
          ))
        ) : (
          <p className="flex h-11 items-center text-sm text-ink-muted">{t('schedule.closed')}</p>
        )}
        {open && !readOnly && ranges.length < MAX_RANGES ? (
          <div>
            <Button type="button" variant="ghost" size="sm" onClick={() => onChange(addRange(hours, day))}>
              <Plus aria-hidden="true" className="size-4" />
              {t('schedule.addRange')}
            </Button>
          </div>
        ) : null}
        {message ? (
          <p id={errorId} className="text-sm font-medium text-danger">
            {message}
          </p>
        ) : null}
      </div>
    </div>
  );
}
