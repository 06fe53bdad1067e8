import { useEffect } from 'react';

/** The tab's title for an account page: what the page is, then the product. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Pitlane`;
  }, [title]);
}
