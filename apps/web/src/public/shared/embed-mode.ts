/**
 * Whether the page runs as the workshop's embedded widget (`?embed=1`, the iframe snippet in
 * Settings → Booking page): the workshop's own site is the chrome, so the page shows no header,
 * footer or language switch and lets that site's background through.
 */
export function isEmbedded(search: string = window.location.search): boolean {
  return new URLSearchParams(search).get('embed') === '1';
}
