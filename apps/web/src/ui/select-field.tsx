import { useId, type ReactNode, type Ref, type SelectHTMLAttributes } from 'react';
import { cx } from './class-names';

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
  const described = cx(hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined) || undefined;
  return (
    <div className={cx('flex flex-col gap-1.5', className)}>
      <label htmlFor={id} className={cx('text-sm font-medium', hideLabel && 'sr-only')}>
        {label}
      </label>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        className={cx(
          'h-11 rounded-lg border bg-surface px-3 text-base text-ink',
          error ? 'border-danger' : 'border-line',
        )}
        {...select}
      >
        {children}
      </select>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-ink-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}
