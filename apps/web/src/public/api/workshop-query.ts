import { queryOptions } from '@tanstack/react-query';
import { isFinal } from './final-error';
import { fetchWorkshop } from './public-api';

/**
 * The workshop behind a booking page. The boot starts it before the page's code has arrived, so
 * the first paint already speaks the workshop's language; the page then reads it from the cache.
 */
export function workshopQuery(slug: string) {
  return queryOptions({
    queryKey: ['public', 'workshop', slug] as const,
    queryFn: ({ signal }) => fetchWorkshop(slug, signal),
    retry: (count, error) => !isFinal(error) && count < 2,
    staleTime: 60_000,
  });
}
