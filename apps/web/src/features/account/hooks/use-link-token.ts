import { useRouter } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { linkTokenOf } from '../utils/link-token';

/**
 * The mailed link's token; then the address bar loses it (replacing the history entry), so it
 * stays out of history, bookmarks and anything that reports the page's address. A link opened
 * in a tab already on this page changes only the fragment: the new token is taken up too.
 */
export function useLinkToken(): string | undefined {
  const router = useRouter();
  const [token, setToken] = useState(() => linkTokenOf(window.location));
  useEffect(() => {
    function takeToken() {
      const found = linkTokenOf(window.location);
      if (found) setToken(found);
      if (window.location.hash || new URLSearchParams(window.location.search).has('token')) {
        router.history.replace(window.location.pathname);
      }
    }
    takeToken();
    window.addEventListener('hashchange', takeToken);
    return () => window.removeEventListener('hashchange', takeToken);
  }, [router]);
  return token;
}
