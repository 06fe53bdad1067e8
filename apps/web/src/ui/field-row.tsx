import type { ReactNode } from 'react';
import { cx } from './class-names';

/**
 * Fields side by side whose controls stay on one line when one label wraps ("Price including VAT
 * (PLN)" beside "Duration"): each field spans three rows of the row's grid as a subgrid — label,
 * control, messages — so every label row is as tall as the tallest (labels sit at its foot, on
 * their control). `className` sets the columns and gaps.
 */
export function FieldRow({ className, children }: { readonly className: string; readonly children: ReactNode }) {
  return (
    <div
      className={cx(
        'grid [&>*]:row-span-3 [&>*]:grid [&>*]:grid-cols-1 [&>*]:grid-rows-subgrid [&>*]:content-start [&>*>label]:self-end',
        className,
      )}
    >
      {children}
    </div>
  );
}
