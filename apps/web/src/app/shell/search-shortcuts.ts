import { useSyncExternalStore } from 'react';

/**
 * Whether the search palette is open, and the keys that open it: Ctrl/⌘+K anywhere, `/` when
 * not typing in a field. The listener is installed once at start-up rather than in an effect:
 * effects of a shell whose page is still loading can run late (or be undone while a sibling
 * suspends), and a Ctrl+K pressed the moment the page shows must not be lost. It acts only while
 * the staff shell is on screen.
 */
let open = false;
const listeners = new Set<() => void>();

export const STAFF_SHELL_ID = 'staff-shell';

function setOpen(next: boolean): void {
  if (open === next) return;
  open = next;
  for (const listener of listeners) listener();
}

export const searchPalette = {
  open: () => setOpen(true),
  setOpen,
  isOpen: () => open,
  subscribe: (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export function useSearchPaletteOpen(): boolean {
  return useSyncExternalStore(searchPalette.subscribe, searchPalette.isOpen, searchPalette.isOpen);
}

function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Which shortcut a key press is, if any. Exported for its unit test. */
export function isSearchShortcut(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>,
): boolean {
  if (event.altKey) return false;
  const key = event.key.toLowerCase();
  if (key === 'k') return event.ctrlKey || event.metaKey;
  return key === '/' && !event.ctrlKey && !event.metaKey && !typingIn(event.target);
}

/** A dialog or menu on top of the page owns the keyboard: the palette does not open over it. */
function layerOpen(): boolean {
  return document.querySelector('[role="dialog"], [role="alertdialog"], [role="menu"]') !== null;
}

export function installSearchShortcuts(): void {
  window.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || !isSearchShortcut(event)) return;
    if (!document.getElementById(STAFF_SHELL_ID) || layerOpen()) return;
    event.preventDefault();
    setOpen(true);
  });
}
