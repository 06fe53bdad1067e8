import { useTranslation } from 'react-i18next';
import { cx } from '@/ui/class-names';
import { controlBorder, FieldFrame } from '@/ui/field-frame';
import { DURATION_UNITS, type Duration } from '../utils/durations';

/**
 * A length of time typed as a whole number with its unit in words (minutes, hours, days). A text
 * field with a numeric keyboard: a scroll wheel never changes it.
 */
export function DurationField({
  label,
  hint,
  error,
  value,
  onChange,
}: {
  readonly label: string;
  readonly hint?: string;
  readonly error?: string;
  readonly value: Duration;
  readonly onChange: (value: Duration) => void;
}) {
  const { t } = useTranslation('schedule-settings');
  return (
    <FieldFrame label={label} hint={hint} error={error}>
      {(control) => (
        <div className="flex gap-2">
          <input
            {...control}
            inputMode="numeric"
            autoComplete="off"
            value={value.amount}
            onChange={(event) => onChange({ ...value, amount: event.target.value })}
            className={cx(
              'h-11 w-24 min-w-0 rounded-lg border bg-surface px-3 text-base text-ink',
              controlBorder(error),
            )}
          />
          <select
            aria-label={t('schedule.unitOf', { field: label })}
            value={value.unit}
            onChange={(event) => onChange({ ...value, unit: event.target.value as Duration['unit'] })}
            className="h-11 min-w-0 flex-1 rounded-lg border border-line bg-surface px-3 text-base text-ink"
          >
            {DURATION_UNITS.map((unit) => (
              <option key={unit} value={unit}>
                {t(`units.${unit}`)}
              </option>
            ))}
          </select>
        </div>
      )}
    </FieldFrame>
  );
}
