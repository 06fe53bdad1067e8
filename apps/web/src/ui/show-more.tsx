import { useState } from 'react';
import { Button } from './button';

/** A short list's first page: a card that reads the same list ahead shares its cached answer. */
export const FIRST_PAGE = 5;
const MORE = 10;
/** The API's largest page: "show more" stops there and the full list takes over. */
const MAX_LIMIT = 100;

/** How many records a short list asks for: a few at first, a page more on each "show more". */
export interface GrowingLimit {
  readonly limit: number;
  readonly grow: () => void;
}

export function useGrowingLimit(): GrowingLimit {
  const [limit, setLimit] = useState(FIRST_PAGE);
  return { limit, grow: () => setLimit((current) => Math.min(current + MORE, MAX_LIMIT)) };
}

/**
 * "Show N more" under a short list of a card: there while more exist than are shown and the
 * limit can still grow, busy while the longer page loads.
 */
export function ShowMore({
  growing,
  shown,
  total,
  busy,
  label,
}: {
  readonly growing: GrowingLimit;
  readonly shown: number;
  readonly total: number;
  readonly busy: boolean;
  /** "Show 3 more", given how many are not shown. */
  readonly label: (count: number) => string;
}) {
  if (total <= shown || growing.limit >= MAX_LIMIT) return null;
  return (
    <Button variant="ghost" size="sm" className="mt-2" busy={busy} onClick={growing.grow}>
      {label(total - shown)}
    </Button>
  );
}
