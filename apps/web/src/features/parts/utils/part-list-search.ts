import { z } from 'zod';
import type { components } from '@/lib/api/schema.gen';
import { listSearchSchema } from '@/ui/list-search';

/** Orders of the API's `PartSort` (`-` descending) the sort menu offers, in its order. */
export const PART_SORTS = [
  'partNumber',
  'name',
  'brand',
  'onHand',
  '-onHand',
  '-priceMinor',
  'priceMinor',
  '-createdAt',
  '-updatedAt',
] as const satisfies readonly components['schemas']['PartSort'][];
export type PartSort = (typeof PART_SORTS)[number];
export const DEFAULT_PART_SORT: PartSort = 'partNumber';
export const PARTS_PER_PAGE = 20;

/**
 * `/parts?q=&page=&sort=&low=1`: `low` lists only parts at or below their reorder point (the
 * API orders those by shortfall and searches none of them). A bad value falls back to its default.
 */
export const partListSearchSchema = listSearchSchema(PART_SORTS, DEFAULT_PART_SORT).extend({
  low: z
    .union([z.literal(1), z.literal('1'), z.literal(true)])
    .transform(() => 1 as const)
    .optional()
    .catch(undefined),
});
export type PartListSearch = z.output<typeof partListSearchSchema>;
