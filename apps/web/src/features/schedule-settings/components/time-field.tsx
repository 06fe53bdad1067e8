import { useId, type InputHTMLAttributes } from 'react';
import { cx } from '@/ui/class-names';

/**
 * A time of day for the hours editor, its label read by screen readers only (the row says what
 * it is). Narrow on a phone: the picker opens on a tap there, so its icon gives way to the digits.
 */
export function TimeField({
  label,
  invalid,
  className,
  ...input
}: Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'id'> & {
  readonly label: string;
  readonly invalid?: boolean;
}) {
  const id = useId();
  return (
    <div className={cx('min-w-0', className)}>
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <input
        id={id}
        type="time"
        aria-invalid={invalid ? true : undefined}
        className={cx(
          'h-11 w-full min-w-0 rounded-lg border bg-surface px-2 text-base text-ink sm:px-3',
          'max-sm:[&::-webkit-calendar-picker-indicator]:hidden',
          invalid ? 'border-danger' : 'border-line',
        )}
        {...input}
      />
    </div>
  );
}
