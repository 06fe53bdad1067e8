// A scenario's knobs from the environment: whole numbers, checked before anything starts.

/** `name` as a whole number of at least `min` (1 unless told), or `fallback` when unset. */
export function wholeNumber(name: string, fallback: number, min = 1): number {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be a whole number ≥ ${min}`);
  return value;
}
