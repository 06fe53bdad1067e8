import { useSyncExternalStore } from 'react';

export type ThemeChoice = 'system' | 'light' | 'dark';
const KEY = 'pitlane.theme';

function read(): ThemeChoice {
  try {
    const stored = localStorage.getItem(KEY);
    return stored === 'light' || stored === 'dark' ? stored : 'system';
  } catch {
    return 'system';
  }
}

/** The person's colour scheme; public/theme-boot.js applies it (and the OS's) to <html>. */
export function setTheme(choice: ThemeChoice): void {
  try {
    if (choice === 'system') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, choice);
  } catch {
    // Without storage the choice lasts for this page only.
  }
  window.dispatchEvent(new Event('pitlane:theme'));
}

export function useTheme(): ThemeChoice {
  return useSyncExternalStore(
    (notify) => {
      window.addEventListener('pitlane:theme', notify);
      return () => window.removeEventListener('pitlane:theme', notify);
    },
    read,
    () => 'system',
  );
}
