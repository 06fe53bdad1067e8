type Address = Pick<Location, 'hash' | 'pathname' | 'search'>;

/**
 * A mailed link's token (manage a booking, decide an estimate), read once from the address's
 * fragment (`#token=…`, or a bare `#…`): the fragment is then removed from the address bar (and
 * so from history, bookmarks and shared screenshots), and the token lives in this object's memory
 * only. Pages post it in request bodies, never in a URL, so it reaches no access log.
 */
export class FragmentToken {
  private token: string | null | undefined;

  take(location: Address = window.location): string | null {
    if (this.token !== undefined) return this.token;
    this.token = tokenOf(location.hash);
    if (location.hash) window.history.replaceState(window.history.state, '', `${location.pathname}${location.search}`);
    return this.token;
  }

  /**
   * A newer link opened in the same tab (only the fragment changes, so the page does not load
   * again): its token replaces the one read, and leaves the address bar the same way. Null when
   * the fragment holds no token.
   */
  takeNewer(location: Address = window.location): string | null {
    if (tokenOf(location.hash) === null) return null;
    this.token = undefined;
    return this.take(location);
  }

  /** For tests: forget the token read. */
  forget(): void {
    this.token = undefined;
  }
}

/** The token in a fragment, or null when there is none or it is not token-shaped. */
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
