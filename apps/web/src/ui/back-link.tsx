import { ArrowLeft } from 'lucide-react';
import { Slot } from 'radix-ui';
import type { ReactElement } from 'react';
import { cx } from './class-names';

/**
 * The quiet "back to the list" link above a record's page. The child is the router's link (ui
 * knows no routes), given an arrow before its text and the look every record page shares.
 */
export function BackLink({
  className = 'mb-3',
  children,
}: {
  readonly className?: string;
  readonly children: ReactElement;
}) {
  return (
    <Slot.Root
      className={cx(
        'inline-flex items-center gap-1 py-1 text-sm text-ink-muted hover:text-ink hover:underline',
        className,
      )}
    >
      <ArrowLeft aria-hidden="true" className="size-4" />
      <Slot.Slottable>{children}</Slot.Slottable>
    </Slot.Root>
  );
}
