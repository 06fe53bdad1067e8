let token: string | null | undefined;

/**
 * The manage token from the address's fragment (`#token=…`, or a bare `#…` of older mails),
 * read once: the fragment is then removed from the address bar (and so from history, bookmarks
 * and shared screenshots), and the token lives in this module's memory only.
 */
export function takeManageToken(
  location: Pick<Location, 'hash' | 'pathname' | 'search'> = window.location,
): string | null {
  if (token !== undefined) return token;
  token = tokenOf(location.hash);
  if (location.hash) window.history.replaceState(window.history.state, '', `${location.pathname}${location.search}`);
  return token;
}

export function tokenOf(hash: string): string | null {
  const fragment = hash.replace(/^#/, '');
  if (!fragment) return null;
  const value = fragment.includes('=') ? new URLSearchParams(fragment).get('token') : fragment;
  if (!value) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    return null;
  }
  return /^[A-Za-z0-9_.-]{10,200}$/.test(decoded) ? decoded : null;
}

/** For tests: forget the token read. */
export function forgetManageToken(): void {
  token = undefined;
}
