import type { ReactNode } from 'react';
import { cx } from './class-names';

/** The ids a control's aria-describedby names for its hint and error under `id`. */
export function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  return cx(hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined) || undefined;
}

/**
 * A field's hint and error under it, with the ids `describedBy` gives the control: one element
 * (or none), so a frame is always label, control, messages (see FieldRow).
 */
export function FieldMessages({
  id,
  hint,
  error,
}: {
  readonly id: string;
  readonly hint?: ReactNode;
  readonly error?: ReactNode;
}) {
  if (!hint && !error) return null;
  return (
    <div className="flex flex-col gap-1.5">
      {hint ? (
        <div id={`${id}-hint`} className="text-sm text-ink-muted">
          {hint}
        </div>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}
