import { useSyncExternalStore } from 'react';

/**
 * Phones and touch tablets: their Chromium (and Safari on iOS) draws a PDF in a frame as an empty
 * grey box or only its first page, so there the page offers "Open PDF" instead of a frame.
 */
const NO_INLINE_PDF = '(max-width: 767px), (pointer: coarse)';

function subscribe(onChange: () => void): () => void {
  const list = window.matchMedia(NO_INLINE_PDF);
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
}

/** Whether this screen shows a PDF inside the page (a desktop browser) or should open it instead. */
export function useInlinePdf(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => !window.matchMedia(NO_INLINE_PDF).matches,
    () => true,
  );
}
