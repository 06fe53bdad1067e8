import { queryOptions } from '@tanstack/react-query';
import { isFinal } from './final-error';
import { viewEstimate } from './public-api';

/**
 * The estimate behind a mailed link; `generation` counts the links opened in this tab (a newer
 * one is a new page, not a refetch). The boot starts the first one beside the page's code, so the
 * first paint already shows the estimate, in the workshop's language; the page then reads it, or
 * the boot's final failure, from the cache. It stays fresh until the page itself invalidates it (a
 * refused decision): reading it again on mount would only repeat the boot's request.
 */
export function estimateQuery(token: string | null, generation: number) {
  return queryOptions({
    queryKey: ['public', 'estimate', generation] as const,
    queryFn: ({ signal }) => viewEstimate(token!, signal),
    enabled: token !== null,
    retry: (count, error) => !isFinal(error) && count < 2,
    staleTime: Infinity,
    retryOnMount: false,
  });
}
