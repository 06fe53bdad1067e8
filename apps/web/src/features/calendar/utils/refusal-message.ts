import type { TFunction } from 'i18next';
import type { Problem } from '@/lib/api/problem';

const KNOWN = ['bay_taken', 'outside_opening_hours', 'closed_date', 'not_movable', 'invalid_status_transition'];

/**
 * Why the API refused a move, resize or status change, in the person's language: the problem's
 * `reason` when it is one the calendar knows, else the API's own `detail`, else a generic line.
 */
export function refusalMessage(t: TFunction<'calendar'>, problem: Problem | undefined): string {
  const reason = problem?.reason;
  if (reason && KNOWN.includes(reason)) return t(`refusal.${reason}` as 'refusal.other');
  return problem?.detail ?? t('refusal.other');
}
