import { ChevronRight } from 'lucide-react';
import { Slot } from 'radix-ui';
import type { ReactElement, ReactNode } from 'react';
import { PlateChip } from './plate-chip';

/** The car a row names when the list is a client's (a vehicle's own list leaves it out). */
export interface RelatedRowVehicle {
  readonly plate: string | null;
  readonly make: string;
  readonly model: string;
}

/**
 * One row of a RelatedList: the child (the router's link to the record) becomes the whole row,
 * with its heading and badge, the car, a muted line of dates, the total and a chevron.
 */
export function RelatedRow({
  heading,
  vehicle,
  details,
  totalLabel,
  total,
  children,
}: {
  /** The record's number and its status badge. */
  readonly heading: ReactNode;
  readonly vehicle?: RelatedRowVehicle;
  readonly details: ReactNode;
  /** Read before the amount by screen readers ("Total"). */
  readonly totalLabel: string;
  readonly total: string;
  readonly children: ReactElement;
}) {
  return (
    <li>
      <Slot.Root className="flex min-h-12 items-center gap-3 rounded-lg px-2 py-2 hover:bg-surface-2">
        <Slot.Slottable>{children}</Slot.Slottable>
        <span className="flex min-w-0 flex-1 flex-col gap-1">
          <span className="flex flex-wrap items-center gap-2">{heading}</span>
          {vehicle ? (
            <span className="flex flex-wrap items-center gap-2 text-sm">
              {vehicle.plate ? <PlateChip plate={vehicle.plate} /> : null}
              <span>
                {vehicle.make} {vehicle.model}
              </span>
            </span>
          ) : null}
          <span className="text-sm text-ink-muted">{details}</span>
        </span>
        <span className="shrink-0 text-end font-semibold whitespace-nowrap tabular-nums">
          <span className="sr-only">{totalLabel} </span>
          {total}
        </span>
        <ChevronRight aria-hidden="true" className="size-5 shrink-0 text-ink-muted" />
      </Slot.Root>
    </li>
  );
}
