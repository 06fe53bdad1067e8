/**
 * "in 5 minutes", "za 5 minut", "om 5 minutter": how long a rate limit lasts, from its
 * Retry-After seconds, rounded up to a unit a person reads at a glance.
 */
export function waitInWords(seconds: number, language: string): string {
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'always' });
  const whole = Math.max(1, Math.ceil(seconds));
  if (whole < 60) return format.format(whole, 'second');
  if (whole < 3600) return format.format(Math.ceil(whole / 60), 'minute');
  return format.format(Math.ceil(whole / 3600), 'hour');
}
