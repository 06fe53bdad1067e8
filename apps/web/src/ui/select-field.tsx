import { useId, type ReactNode, type Ref, type SelectHTMLAttributes } from 'react';
import { cx } from './class-names';
import { describedBy, FieldMessages } from './field-messages';

export interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  readonly label: string;
  readonly error?: string;
  readonly hint?: ReactNode;
  readonly hideLabel?: boolean;
  readonly ref?: Ref<HTMLSelectElement>;
}

/** A native select: the phone's own picker, and keyboard behaviour for free. */
export function SelectField({ label, error, hint, hideLabel, className, children, ...select }: SelectFieldProps) {
  const id = useId();
  return (
    <div className={cx('flex flex-col gap-1.5', className)}>
      <label htmlFor={id} className={cx('text-sm font-medium', hideLabel && 'sr-only')}>
        {label}
      </label>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={cx(
          'h-11 rounded-lg border bg-surface px-3 text-base text-ink',
          error ? 'border-danger' : 'border-line',
        )}
        {...select}
      >
        {children}
      </select>
      <FieldMessages id={id} hint={hint} error={error} />
    </div>
  );
}
