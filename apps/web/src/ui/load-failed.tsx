import type { ReactNode } from 'react';
import { Alert } from './alert';
import { Button } from './button';

/** A read that failed (not a 404): said in place, with the way to ask again. */
export function LoadFailed({
  title,
  retryLabel,
  onRetry,
  children,
}: {
  readonly title: string;
  readonly retryLabel: string;
  readonly onRetry: () => void;
  readonly children?: ReactNode;
}) {
  return (
    <Alert
      tone="danger"
      title={title}
      action={
        <Button size="sm" variant="secondary" onClick={onRetry}>
          {retryLabel}
        </Button>
      }
    >
      {children}
    </Alert>
  );
}
