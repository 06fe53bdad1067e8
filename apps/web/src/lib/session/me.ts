import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { api } from '../api/api-client';
import { unwrap } from '../api/problem';
import type { components } from '../api/schema.gen';

export type Me = components['schemas']['MeResponse'];
export type Role = Me['role'];

export const meQuery = queryOptions({
  queryKey: ['me'],
  queryFn: (): Promise<Me> => unwrap(api.GET('/api/v1/me')),
  staleTime: 60_000,
});

/** The signed-in person, their workshop and role; the staff layout loads it before any screen. */
export function useMe(): Me {
  return useSuspenseQuery(meQuery).data;
}

const RANK: Record<string, number> = { mechanic: 1, manager: 2, owner: 3 };

/** Whether the role is at least `least` (owner > manager > mechanic). */
export function roleAtLeast(role: Role, least: Role): boolean {
  return (RANK[role] ?? 0) >= (RANK[least] ?? Number.POSITIVE_INFINITY);
}
