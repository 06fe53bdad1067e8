import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { cx } from './class-names';
import { controlBorder, FieldFrame } from './field-frame';

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
  return (
    <FieldFrame label={label} hint={hint} error={error} hideLabel={hideLabel} className={className}>
      {(control) => (
        <input
          {...control}
          className={cx(
            'h-11 rounded-lg border bg-surface px-3 text-base text-ink placeholder:text-ink-muted',
            controlBorder(error),
          )}
          {...input}
        />
      )}
    </FieldFrame>
  );
}
