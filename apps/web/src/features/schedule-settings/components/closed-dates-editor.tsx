import { Plus, X } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/ui/button';
import { TextField } from '@/ui/text-field';

const INTL_LOCALE: Record<string, string> = { en: 'en-GB', pl: 'pl-PL', da: 'da-DK' };
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Closed dates picked with the browser's date picker (it cannot produce 30 February), listed in
 * order with a button to remove each. Dates are local to the workshop: shown without any zone.
 */
export function ClosedDatesEditor({
  dates,
  onChange,
  readOnly,
  error,
}: {
  readonly dates: readonly string[];
  readonly onChange: (dates: string[]) => void;
  readonly readOnly: boolean;
  readonly error?: string;
}) {
  const { t, i18n } = useTranslation('schedule-settings');
  const [picked, setPicked] = useState('');
  const format = useMemo(
    () =>
      new Intl.DateTimeFormat(INTL_LOCALE[i18n.language] ?? i18n.language, {
        weekday: 'short',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }),
    [i18n.language],
  );
  const label = (date: string) => format.format(new Date(`${date}T12:00:00Z`));
  const add = () => {
    // A date input answers "" for anything it does not hold as a real date.
    if (!CALENDAR_DATE.test(picked)) return;
    onChange([...new Set([...dates, picked])].sort());
    setPicked('');
  };
  return (
    <div className="flex flex-col gap-4">
      {readOnly ? null : (
        <div className="flex flex-wrap items-end gap-2">
          <TextField
            type="date"
            label={t('schedule.closedDate')}
            value={picked}
            onChange={(event) => setPicked(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                add();
              }
            }}
            error={error}
            className="w-48"
          />
          <Button type="button" variant="secondary" onClick={add} disabled={!CALENDAR_DATE.test(picked)}>
            <Plus aria-hidden="true" className="size-4" />
            {t('schedule.addDate')}
          </Button>
        </div>
      )}
      {dates.length === 0 ? (
        <p className="text-sm text-ink-muted">{t('schedule.noClosedDates')}</p>
      ) : (
        <ul aria-label={t('schedule.closedDatesList')} className="flex flex-wrap gap-2">
          {dates.map((date) => (
            <li
              key={date}
              className="flex items-center gap-1 rounded-full border border-line bg-surface-2 py-1 pr-1 pl-3 text-sm"
            >
              <time dateTime={date}>{label(date)}</time>
              {readOnly ? null : (
                <button
                  type="button"
                  className="rounded-full p-1.5 text-ink-muted hover:bg-surface hover:text-ink"
                  aria-label={t('schedule.removeDate', { date: label(date) })}
                  onClick={() => onChange(dates.filter((kept) => kept !== date))}
                >
                  <X aria-hidden="true" className="size-4" />
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
