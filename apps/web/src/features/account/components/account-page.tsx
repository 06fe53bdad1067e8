import { useEffect, useRef, type ReactNode } from 'react';
import { useDocumentTitle } from '../hooks/use-document-title';

/**
 * One account page or step: its heading, a sentence on what happens here, and the form or the
 * outcome in a card. A step that replaces another (`focusHeading`) takes the focus to its
 * heading, so a screen reader hears where the person is now.
 */
export function AccountPage({
  title,
  lede,
  children,
  footer,
  focusHeading = false,
}: {
  readonly title: string;
  readonly lede?: ReactNode;
  readonly children?: ReactNode;
  readonly footer?: ReactNode;
  readonly focusHeading?: boolean;
}) {
  useDocumentTitle(title);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusHeading) heading.current?.focus();
  }, [focusHeading]);
  return (
    <div className="flex flex-col gap-5">
      <section className="flex flex-col gap-5 rounded-xl border border-line bg-surface p-5 shadow-sm sm:p-7">
        <div className="flex flex-col gap-2">
          <h1 ref={heading} tabIndex={-1} className="text-2xl font-bold tracking-tight focus:outline-none">
            {title}
          </h1>
          {lede ? <div className="text-ink-muted">{lede}</div> : null}
        </div>
        {children}
      </section>
      {footer ? <div className="text-center text-sm text-ink-muted">{footer}</div> : null}
    </div>
  );
}
