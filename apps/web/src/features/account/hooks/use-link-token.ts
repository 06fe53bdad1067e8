import { useRouter } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { linkTokenOf } from '../utils/link-token';

/**
 * The mailed link's token, read once; then the address bar loses it (replacing the history
 * entry), so it stays out of history, bookmarks and anything that reports the page's address.
 */
export function useLinkToken(): string | undefined {
  const router = useRouter();
  const [token] = useState(() => linkTokenOf(window.location));
  useEffect(() => {
    if (window.location.hash || new URLSearchParams(window.location.search).has('token')) {
      router.history.replace(window.location.pathname);
    }
  }, [router]);
  return token;
}
