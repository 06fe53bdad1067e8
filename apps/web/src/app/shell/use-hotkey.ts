import { useEffect, useRef } from 'react';

function inField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * A page-wide shortcut. `mod` is Ctrl, or ⌘ on a Mac. `skipInFields` leaves typing alone, so
 * `/` in a form is a slash, not the search palette.
 */
export function useHotkey(
  combo: { readonly key: string; readonly mod?: boolean },
  handler: () => void,
  options: { readonly skipInFields?: boolean } = {},
): void {
  const latest = useRef(handler);
  latest.current = handler;
  const { key, mod = false } = combo;
  const skipInFields = options.skipInFields ?? false;
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key.toLowerCase() !== key) return;
      if (mod !== (event.ctrlKey || event.metaKey)) return;
      if (event.altKey || event.defaultPrevented) return;
      if (skipInFields && inField(event.target)) return;
      event.preventDefault();
      latest.current();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [key, mod, skipInFields]);
}
