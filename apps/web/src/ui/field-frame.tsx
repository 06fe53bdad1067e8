import { useId, type ReactNode } from 'react';
import { cx } from './class-names';
import { describedBy, FieldMessages } from './field-messages';

/** What a field's frame hands its control: the id its label names, and its hint and error ties. */
export interface FieldControlProps {
  readonly id: string;
  readonly 'aria-invalid': true | undefined;
  readonly 'aria-describedby': string | undefined;
}

/**
 * The label above a control and its hint and error under it, all tied to the control: one frame
 * for every kind of field (input, select, text area, password), so they label and report alike.
 */
export function FieldFrame({
  label,
  hint,
  error,
  hideLabel,
  className,
  children,
}: {
  readonly label: string;
  readonly hint?: ReactNode;
  readonly error?: string;
  /** Visually hides the label; it stays the accessible name. */
  readonly hideLabel?: boolean;
  readonly className?: string;
  /** The control, given the props that tie it to the label and messages. */
  readonly children: (control: FieldControlProps) => ReactNode;
}) {
  const id = useId();
  return (
    <div className={cx('flex flex-col gap-1.5', className)}>
      <label htmlFor={id} className={cx('text-sm font-medium', hideLabel && 'sr-only')}>
        {label}
      </label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy(id, hint, error) })}
      <FieldMessages id={id} hint={hint} error={error} />
    </div>
  );
}

/** A control's border: red while its field has an error. */
export function controlBorder(error: string | undefined): string {
  return error ? 'border-danger' : 'border-line';
}
