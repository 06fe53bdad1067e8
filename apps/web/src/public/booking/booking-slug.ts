/** The workshop slug of `/book/<slug>`, or null when the address names none. */
export function slugOf(pathname: string): string | null {
  const match = /^\/book\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/.exec(pathname);
  return match?.[1] ?? null;
}
