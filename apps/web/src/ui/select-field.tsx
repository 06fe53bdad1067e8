import type { ReactNode, Ref, SelectHTMLAttributes } from 'react';
import { cx } from './class-names';
import { controlBorder, FieldFrame } from './field-frame';

export interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  readonly label: string;
  readonly error?: string;
  readonly hint?: ReactNode;
  readonly hideLabel?: boolean;
  readonly ref?: Ref<HTMLSelectElement>;
}

/** A native select: the phone's own picker, and keyboard behaviour for free. */
export function SelectField({ label, error, hint, hideLabel, className, children, ...select }: SelectFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error} hideLabel={hideLabel} className={className}>
      {(control) => (
        <select
          {...control}
          className={cx('h-11 rounded-lg border bg-surface px-3 text-base text-ink', controlBorder(error))}
          {...select}
        >
          {children}
        </select>
      )}
    </FieldFrame>
  );
}
