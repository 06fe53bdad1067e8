import type { z } from 'zod';
import type { components } from '@/lib/api/schema.gen';
import { listSearchSchema } from '@/ui/list-search';

/** Orders of the API's `ClientSort` (`-` descending) the sort menu offers, in its order. */
export const CLIENT_SORTS = [
  'lastName',
  '-lastName',
  'firstName',
  '-createdAt',
  'createdAt',
  '-updatedAt',
] as const satisfies readonly components['schemas']['ClientSort'][];
export type ClientSort = (typeof CLIENT_SORTS)[number];
export const DEFAULT_CLIENT_SORT: ClientSort = 'lastName';
export const CLIENTS_PER_PAGE = 20;

/** `/clients?q=&page=&sort=`: a bad value falls back to its default. */
export const clientListSearchSchema = listSearchSchema(CLIENT_SORTS, DEFAULT_CLIENT_SORT);
export type ClientListSearch = z.output<typeof clientListSearchSchema>;
