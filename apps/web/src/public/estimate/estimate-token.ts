import { tokenOf } from '../manage/manage-token';

let token: string | null | undefined;

/**
 * The estimate token from the mailed link's fragment (`/estimate#<token>`), read once: the
 * fragment is then removed from the address bar (and so from history, bookmarks and shared
 * screenshots), and the token lives in this module's memory only. The page posts it in request
 * bodies, never in a URL, so it reaches no access log.
 */
export function takeEstimateToken(
  location: Pick<Location, 'hash' | 'pathname' | 'search'> = window.location,
): string | null {
  if (token !== undefined) return token;
  token = tokenOf(location.hash);
  if (location.hash) window.history.replaceState(window.history.state, '', `${location.pathname}${location.search}`);
  return token;
}

/**
 * A newer link opened in the same tab (only the fragment changes, so the page does not load
 * again): its token replaces the one read, and leaves the address bar the same way. Null when
 * the fragment holds no token.
 */
export function takeNewerEstimateToken(
  location: Pick<Location, 'hash' | 'pathname' | 'search'> = window.location,
): string | null {
  const next = tokenOf(location.hash);
  if (next === null) return null;
  token = undefined;
  return takeEstimateToken(location);
}

/** For tests: forget the token read. */
export function forgetEstimateToken(): void {
  token = undefined;
}
