import type { QueryClient } from '@tanstack/react-query';
import { asProblem } from '@/lib/api/problem';
import { fetchAvailability } from '../api/public-api';
import { addDays, earlierOf, laterOf, localDateOf, todayIn } from './calendar-dates';
import { nearestSlots, offeredSlots, type Slot } from './nearest-slots';

/**
 * The free times to offer after a 409 for `asked`: the problem's own `nearestSlots` (else its
 * `alternatives`); when it carries none, the nearest from availability read again around it.
 * Availability is invalidated either way, so the picker shows the time as gone.
 */
export async function takenOffer(
  queryClient: QueryClient,
  error: unknown,
  request: { slug: string; serviceIds: readonly string[]; asked: string; timeZone: string; horizonDays: number },
): Promise<Slot[]> {
  await queryClient.invalidateQueries({ queryKey: ['public', 'availability'] });
  const offered = offeredSlots(asProblem(error));
  if (offered) return offered;
  const today = todayIn(request.timeZone);
  const day = localDateOf(request.asked);
  const from = laterOf(addDays(day, -3), today);
  const to = earlierOf(addDays(day, 3), addDays(today, request.horizonDays));
  if (from > to) return [];
  const answer = await fetchAvailability(request.slug, { from, to, serviceIds: request.serviceIds });
  return nearestSlots(answer.slots, request.asked);
}
