import { useRouter } from '@tanstack/react-router';
import type { MouseEvent, ReactNode } from 'react';

/** Where an order's own page lives (the order feature's route). */
export function orderPath(id: string): string {
  return `/orders/${encodeURIComponent(id)}`;
}

/**
 * A link to an order's page that navigates inside the app on a plain click and behaves like any
 * link otherwise (new tab, copy address). A plain anchor, because the order page is another
 * feature's route and features do not import each other.
 */
export function OrderLink({
  id,
  children,
  className,
  labelledBy,
  elementId,
}: {
  readonly id: string;
  readonly children: ReactNode;
  readonly className?: string;
  readonly labelledBy?: string;
  readonly elementId?: string;
}) {
  const router = useRouter();
  const href = orderPath(id);
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    event.preventDefault();
    router.history.push(href);
  };
  return (
    <a id={elementId} href={href} onClick={onClick} className={className} aria-labelledby={labelledBy}>
      {children}
    </a>
  );
}
