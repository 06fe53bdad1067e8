import { QueryClient } from '@tanstack/react-query';
import { asProblem } from './problem';

/** A 4xx will answer the same on a retry; only network trouble and 5xx are worth another go. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  const problem = asProblem(error);
  if (problem && problem.status < 500) return false;
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 15_000, retry: shouldRetry, refetchOnWindowFocus: true },
      mutations: { retry: false },
    },
  });
}
