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
    if (addressLanguage(window.location.search)) return;
    void setLanguage(locale);
  }, [locale]);
}
