import { z } from 'zod';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The router reads `?mine=true` as a boolean and `?tv=1` as a number: both count as on. */
const flag = z
  .preprocess((value) => value === true || value === 'true' || value === 1 || value === '1', z.boolean())
  .transform((on) => (on ? true : undefined))
  .optional()
  .catch(undefined);

const day = z
  .string()
  .regex(DAY)
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
  .optional()
  .catch(undefined);

/**
 * `/orders?mine=&mechanic=&date=&from=&to=&tv=`: the board's filters and the TV view, all in the
 * URL so a board can be shared and a wall screen bookmarked. A bad value falls back to "no
 * filter" instead of an error page; defaults stay out of the URL.
 */
export const boardSearchSchema = z.object({
  mine: flag,
  mechanic: z.string().regex(UUID).optional().catch(undefined),
  /** What from/to apply to; the promised time unless `created`. */
  date: z.enum(['created']).optional().catch(undefined),
  from: day,
  to: day,
  tv: flag,
});
export type BoardSearch = z.output<typeof boardSearchSchema>;

/** The API's board query for these filters. */
export function boardQuery(search: BoardSearch) {
  return {
    ...(search.mine ? { mine: true } : {}),
    ...(search.mechanic && !search.mine ? { mechanicId: search.mechanic } : {}),
    ...(search.date ? { dateField: search.date } : {}),
    ...(search.from ? { from: search.from } : {}),
    ...(search.to && (!search.from || search.to >= search.from) ? { to: search.to } : {}),
  };
}

export function hasFilters(search: BoardSearch): boolean {
  return Boolean(search.mine || search.mechanic || search.from || search.to);
}
