import type { ReactNode, Ref, TextareaHTMLAttributes } from 'react';
import { cx } from './class-names';
import { controlBorder, FieldFrame } from './field-frame';

export interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  readonly label: string;
  readonly hint?: ReactNode;
  readonly error?: string;
  readonly ref?: Ref<HTMLTextAreaElement>;
}

/** A labelled multi-line field (notes), its hint and error tied to it like TextField's. */
export function TextAreaField({ label, hint, error, className, rows = 4, ...textarea }: TextAreaFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <textarea
          {...control}
          rows={rows}
          className={cx(
            'rounded-lg border bg-surface px-3 py-2 text-base text-ink placeholder:text-ink-muted',
            controlBorder(error),
          )}
          {...textarea}
        />
      )}
    </FieldFrame>
  );
}
