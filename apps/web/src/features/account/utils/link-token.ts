/**
 * The token of a mailed link. Links carry it in the fragment (`#token=...`), which browsers never
 * send to a server; older mails put it in the query (`?token=...`), which servers log, so the
 * page takes it from either and then drops it from the address bar.
 */
export function linkTokenOf(location: { readonly hash: string; readonly search: string }): string | undefined {
  const fromFragment = new URLSearchParams(location.hash.replace(/^#/, '')).get('token');
  const token = fromFragment ?? new URLSearchParams(location.search).get('token');
  const trimmed = token?.trim();
  return trimmed ? trimmed : undefined;
}
