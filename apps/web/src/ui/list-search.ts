import { z } from 'zod';

/** The router reads `?q=12345` as a number: a plate or a phone typed as digits stays text. */
const text = z.preprocess((value) => (typeof value === 'number' ? String(value) : value), z.string());

/**
 * A list's URL state, `?q=&page=&sort=`, for a route's `validateSearch`. Every field falls back
 * to its default on a bad value (`.catch`), so a hand-edited or stale URL opens the list instead
 * of an error page; defaults (no query, page 1, `defaultSort`) stay out of the URL.
 */
export function listSearchSchema<const Sort extends string>(sorts: readonly [Sort, ...Sort[]], defaultSort: Sort) {
  return z.object({
    q: text
      .transform((value) => value.trim().slice(0, 100) || undefined)
      .optional()
      .catch(undefined),
    page: z.coerce
      .number()
      .int()
      .min(1)
      .max(100_000)
      .transform((page) => (page === 1 ? undefined : page))
      .optional()
      .catch(undefined),
    sort: z
      .enum(sorts)
      .transform((sort) => (sort === defaultSort ? undefined : sort))
      .optional()
      .catch(undefined),
  });
}
