/**
 * The booking-page slug the API derives from a workshop's name (libs/identity, auth/
 * workshop-defaults.ts `slugify`), mirrored for the sign-up preview. The API has the last word:
 * a taken slug gets a "-2", "-3"... suffix there, so the preview says the final address comes
 * with the sign-up's answer.
 */
const RESERVED_SLUGS = new Set([
  'api',
  'app',
  'admin',
  'www',
  'public',
  'static',
  'assets',
  'docs',
  'health',
  'metrics',
]);

/** "Kowalski Auto-Serwis Łódź" -> "kowalski-auto-serwis-lodz". */
export function bookingSlug(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'l')
    .replace(/ø/g, 'o')
    .replace(/Ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50)
    .replace(/-+$/g, '');
  if (!base) return 'workshop';
  return RESERVED_SLUGS.has(base) ? `${base}-workshop` : base;
}

/** The public booking page's address for a slug on this origin. */
export function bookingAddress(origin: string, slug: string): string {
  return `${origin}/book/${slug}`;
}
