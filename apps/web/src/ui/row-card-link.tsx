import { ChevronRight } from 'lucide-react';
import { Slot } from 'radix-ui';
import type { ReactElement } from 'react';

/**
 * A list row as a card on a phone: the child link becomes one big card, its content first and a
 * chevron at the end saying it opens.
 */
export function RowCardLink({ children }: { readonly children: ReactElement }) {
  return (
    <Slot.Root className="flex min-h-16 items-center gap-3 rounded-xl border border-line bg-surface p-3 hover:bg-surface-2">
      <Slot.Slottable>{children}</Slot.Slottable>
      <ChevronRight aria-hidden="true" className="size-5 shrink-0 text-ink-muted" />
    </Slot.Root>
  );
}
