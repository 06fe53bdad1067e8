import type { OrderStatus } from './drop-rules';

/** What a wall screen shows: the work in the building, not the archive of closed orders. */
export const TV_STATUSES: readonly OrderStatus[] = ['approved', 'in_progress', 'waiting_parts', 'completed'];
