import { useId, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';
import { cx } from './class-names';
import { describedBy, FieldMessages } from './field-messages';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  readonly label: string;
  readonly hint?: ReactNode;
  readonly error?: string;
  /** Visually hides the label; it stays the accessible name. */
  readonly hideLabel?: boolean;
  readonly ref?: Ref<HTMLInputElement>;
}

/**
 * A labelled input with its hint and error tied to it by aria-describedby. Numbers use
 * `inputMode` on a text field, so a scroll wheel never changes them.
 */
export function TextField({ label, hint, error, hideLabel, className, ...input }: TextFieldProps) {
  const id = useId();
  return (
    <div className={cx('flex flex-col gap-1.5', className)}>
      <label htmlFor={id} className={cx('text-sm font-medium', hideLabel && 'sr-only')}>
        {label}
      </label>
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={cx(
          'h-11 rounded-lg border bg-surface px-3 text-base text-ink placeholder:text-ink-muted',
          error ? 'border-danger' : 'border-line',
        )}
        {...input}
      />
      <FieldMessages id={id} hint={hint} error={error} />
    </div>
  );
}
