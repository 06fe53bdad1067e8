import type { ReactNode } from 'react';

/**
 * A form whose submit the caller handles (Enter included): the page's own checks speak in place,
 * so the browser's validation bubbles stay off and the page never reloads.
 */
export function SubmitForm({
  onSubmit,
  className = 'flex flex-col gap-4',
  children,
}: {
  /** Runs on submit; a promise it returns is the caller's to settle (its errors show in place). */
  readonly onSubmit: () => unknown;
  readonly className?: string;
  readonly children: ReactNode;
}) {
  return (
    <form
      noValidate
      className={className}
      onSubmit={(event) => {
        event.preventDefault();
        void onSubmit();
      }}
    >
      {children}
    </form>
  );
}
