import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '@/lib/session/me';
import { decimalSeparatorOf, formatMinor } from '../utils/money';

const INTL_LOCALE: Record<string, string> = { en: 'en-GB', pl: 'pl-PL', da: 'da-DK' };

/** Money in the workshop's currency as the person's language writes it, and that language's decimal separator. */
export function useMoney() {
  const { i18n } = useTranslation();
  const { currency } = useMe().workshop;
  const locale = INTL_LOCALE[i18n.language] ?? i18n.language;
  return useMemo(
    () => ({
      currency,
      format: (minor: number) => formatMinor(minor, currency, locale),
      decimalSeparator: decimalSeparatorOf(locale),
    }),
    [currency, locale],
  );
}
