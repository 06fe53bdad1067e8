import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { $api, api } from '@/lib/api/api-client';
import { unwrap } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema.gen';

export type SearchItem = components['schemas']['SearchItemResponse'];

/** Waits for a pause this long before asking: one request per burst of keys, not per key. */
const TYPING_PAUSE_MS = 40;

function useSettled(value: string, delay: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), delay);
    return () => window.clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

/** Whether the answer to `previous` may stand in while `next` loads: one is the other typed on. */
export function continuesTyping(previous: string, next: string): boolean {
  const a = previous.toLowerCase();
  const b = next.trim().toLowerCase();
  return a.length > 0 && b.length > 0 && (b.startsWith(a) || a.startsWith(b));
}

/**
 * Server-ranked hits for what is typed. The previous answer stays on screen while the next is
 * on its way when the next query continues it (`query` on each answer says which it was), and
 * an answer to an older query is cancelled rather than shown late.
 */
export function useSearch(query: string) {
  const settled = useSettled(query.trim(), TYPING_PAUSE_MS);
  return useQuery({
    queryKey: ['search', settled],
    queryFn: async ({ signal }) => ({
      query: settled,
      ...(await unwrap(api.GET('/api/v1/search', { params: { query: { q: settled, limit: 12 } }, signal }))),
    }),
    enabled: settled.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 10_000,
    // A 503 says the index is down: show the banner at once instead of retrying quietly.
    retry: false,
  });
}

/**
 * The person's recently opened vehicles, asked again each time the palette opens (a car opened a
 * moment ago must be there), the cached list shown meanwhile. The home page's query, shared.
 */
export function useRecentVehicles(enabled: boolean) {
  return $api.useQuery('get', '/api/v1/vehicles/recent', undefined, { enabled, staleTime: 0 });
}
