import type { z } from 'zod';
import { listSearchSchema } from '@/ui/list-search';

/** The API's sortable fields (`-` for descending), in the order the sort menu offers them. */
export const CLIENT_SORTS = ['lastName', '-lastName', 'firstName', '-createdAt', 'createdAt', '-updatedAt'] as const;
export type ClientSort = (typeof CLIENT_SORTS)[number];
export const DEFAULT_CLIENT_SORT: ClientSort = 'lastName';
export const CLIENTS_PER_PAGE = 20;

/** `/clients?q=&page=&sort=`: a bad value falls back to its default. */
export const clientListSearchSchema = listSearchSchema(CLIENT_SORTS, DEFAULT_CLIENT_SORT);
export type ClientListSearch = z.output<typeof clientListSearchSchema>;
