/**
 * Whole seconds from `startedAt` to `now`. Never negative: the start comes from the database's
 * clock and `now` from the phone's, which may run a few seconds behind.
 */
export function elapsedSeconds(startedAt: string, now: number): number {
  const started = Date.parse(startedAt);
  if (Number.isNaN(started)) return 0;
  return Math.max(0, Math.floor((now - started) / 1000));
}

/**
 * Seconds clocked on a line as of `now`: the API's figure when it was read, plus the clocks that
 * were running on it then, counted since. Measured on the phone's own clock from the moment of
 * the read, so a skewed phone clock does not make the figure jump.
 */
export function liveLineSeconds(clockedHours: number, runningClocks: number, readAt: number, now: number): number {
  const since = Math.max(0, Math.floor((now - readAt) / 1000));
  return Math.round(clockedHours * 3600) + Math.max(0, runningClocks) * since;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** A stopwatch reading: "4:05" under an hour, "1:02:03" from an hour on. */
export function formatElapsed(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const rest = whole % 60;
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(rest)}` : `${minutes}:${pad(rest)}`;
}

/** The parts a screen reader says ("1 hour 2 minutes"), where a stopwatch reading would be read as a time of day. */
export function elapsedParts(seconds: number): { hours: number; minutes: number } {
  const whole = Math.max(0, Math.floor(seconds));
  return { hours: Math.floor(whole / 3600), minutes: Math.floor((whole % 3600) / 60) };
}
