import type { components } from '@/lib/api/schema.gen';

type Board = components['schemas']['OrderBoardResponse'];
export type JobCard = components['schemas']['BoardCardResponse'];
type Status = components['schemas']['RepairOrderStatus'];

/** Work a mechanic can put time on or is about to: approved, in the bay, waiting for parts. */
export const WORK_STATUSES: readonly Status[] = ['approved', 'in_progress', 'waiting_parts'];

/** The status the mechanic's "car ready" step moves an order to (the workflow's in_progress → completed). */
export const READY_STATUS: Status = 'completed';

const byPromise = (a: JobCard, b: JobCard): number => {
  // Promised first, earliest promise first; unpromised after, oldest order first.
  if (a.promisedAt !== b.promisedAt) {
    if (a.promisedAt === null) return 1;
    if (b.promisedAt === null) return -1;
    return a.promisedAt < b.promisedAt ? -1 : 1;
  }
  return a.number - b.number;
};

/** The jobs still to do, the one promised soonest first: what the mechanic picks up next. */
export function jobsToDo(board: Board): JobCard[] {
  return board.columns
    .filter((column) => WORK_STATUSES.includes(column.status))
    .flatMap((column) => column.cards)
    .sort(byPromise);
}

/** The calendar day of an instant in a time zone, as YYYY-MM-DD. */
export function dayIn(instant: number | string, timeZone: string): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(instant),
  );
}

/** Cars the mechanic finished today (in the workshop's zone), latest first: the day's record. */
export function readyToday(board: Board, now: number): JobCard[] {
  const today = dayIn(now, board.timeZone);
  return board.columns
    .filter((column) => column.status === READY_STATUS)
    .flatMap((column) => column.cards)
    .filter((card) => dayIn(card.statusChangedAt, board.timeZone) === today)
    .sort((a, b) => (a.statusChangedAt < b.statusChangedAt ? 1 : -1));
}

/** Late: promised before now and not yet ready. */
export function isLate(card: Pick<JobCard, 'promisedAt'>, now: number): boolean {
  return card.promisedAt !== null && Date.parse(card.promisedAt) < now;
}
