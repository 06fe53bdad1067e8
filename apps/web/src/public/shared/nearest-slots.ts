export interface Slot {
  readonly start: string;
  readonly end: string;
}

/**
 * The `count` free slots closest to the asked start, either side of it, in time order; the asked
 * start itself is left out (it was just taken). Used when the API's 409 carries no
 * `nearestSlots`, from the availability read again.
 */
export function nearestSlots(slots: readonly Slot[], asked: string, count = 5): Slot[] {
  const at = Date.parse(asked);
  const seen = new Set<number>();
  return slots
    .map((slot) => ({ slot, time: Date.parse(slot.start) }))
    .filter(({ time }) => !Number.isNaN(time) && time !== at && !seen.has(time) && seen.add(time))
    .sort((a, b) => Math.abs(a.time - at) - Math.abs(b.time - at) || a.time - b.time)
    .slice(0, count)
    .sort((a, b) => a.time - b.time)
    .map(({ slot }) => slot);
}

/** The slots a 409 problem offers: its `nearestSlots`, else its `alternatives`, if well formed. */
export function offeredSlots(problem: unknown): Slot[] | undefined {
  if (typeof problem !== 'object' || problem === null) return undefined;
  const record = problem as Record<string, unknown>;
  for (const key of ['nearestSlots', 'alternatives']) {
    const value = record[key];
    if (Array.isArray(value) && value.length > 0 && value.every(isSlot)) return value;
  }
  return undefined;
}

function isSlot(value: unknown): value is Slot {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Slot).start === 'string' &&
    typeof (value as Slot).end === 'string'
  );
}
