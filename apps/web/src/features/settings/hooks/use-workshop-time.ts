import { useTranslation } from 'react-i18next';
import { useMe } from '@/lib/session/me';

/**
 * Formats instants as the settings pages show them: in the workshop's time zone (not the
 * browser's) and in the language the app speaks (not the browser's).
 */
export function useWorkshopTime() {
  const { i18n } = useTranslation();
  const { timeZone } = useMe().workshop;
  // The browser's own variant of the app's language when it has one (en-GB writes 6 Dec 2026,
  // 14:05; plain en would be the American Dec 6, 2026, 2:05 PM).
  const locale = navigator.languages.find((tag) => tag.split('-')[0] === i18n.language) ?? i18n.language;
  return {
    dateTime: (iso: string) =>
      new Date(iso).toLocaleString(locale, { timeZone, dateStyle: 'medium', timeStyle: 'short' }),
    date: (iso: string) => new Date(iso).toLocaleDateString(locale, { timeZone, dateStyle: 'medium' }),
  };
}
