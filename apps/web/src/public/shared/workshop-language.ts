import i18next from 'i18next';
import { useEffect } from 'react';
import { isLanguage, setLanguage } from '@/lib/i18n/i18n';
import { addressLanguage } from './language-switch';

let followed = false;

/**
 * Once the workshop is known, the page speaks its language, unless the address asks for
 * another (`?lang=`, the customer's own pick). Only the first answer decides: a later refetch
 * never undoes the customer's switch.
 */
export function useWorkshopLanguage(locale: string | undefined): void {
  useEffect(() => {
    if (followed || !locale || !isLanguage(locale)) return;
    followed = true;
    // The boot usually starts in it already: changing to it again would only re-render the page.
    if (addressLanguage(window.location.search) || i18next.language === locale) return;
    void setLanguage(locale);
  }, [locale]);
}
