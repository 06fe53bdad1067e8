import { useId, type ReactNode, type Ref, type TextareaHTMLAttributes } from 'react';
import { cx } from './class-names';
import { describedBy, FieldMessages } from './field-messages';

export interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  readonly label: string;
  readonly hint?: ReactNode;
  readonly error?: string;
  readonly ref?: Ref<HTMLTextAreaElement>;
}

/** A labelled multi-line field (notes), its hint and error tied to it like TextField's. */
export function TextAreaField({ label, hint, error, className, rows = 4, ...textarea }: TextAreaFieldProps) {
  const id = useId();
  return (
    <div className={cx('flex flex-col gap-1.5', className)}>
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <textarea
        id={id}
        rows={rows}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={cx(
          'rounded-lg border bg-surface px-3 py-2 text-base text-ink placeholder:text-ink-muted',
          error ? 'border-danger' : 'border-line',
        )}
        {...textarea}
      />
      <FieldMessages id={id} hint={hint} error={error} />
    </div>
  );
}
