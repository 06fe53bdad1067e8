import { useTranslation } from 'react-i18next';
import { useMe } from '@/lib/session/me';

/**
 * Formats instants as the settings pages show them: in the workshop's time zone (not the
 * browser's) and in the language the app speaks (not the browser's).
 */
export function useWorkshopTime() {
  const { i18n } = useTranslation();
  const { timeZone } = useMe().workshop;
  return {
    dateTime: (iso: string) =>
      new Date(iso).toLocaleString(i18n.language, { timeZone, dateStyle: 'medium', timeStyle: 'short' }),
    date: (iso: string) => new Date(iso).toLocaleDateString(i18n.language, { timeZone, dateStyle: 'medium' }),
  };
}
