import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { usePublicFormat } from '../shared/use-public-format';
import { estimateFormat } from './estimate-format';

/** Money, dates (in the workshop's zone), VAT rates and quantities in the page's language. */
export function useEstimateFormat(timeZone: string, currency: string) {
  const { i18n } = useTranslation('public');
  const base = usePublicFormat(timeZone, currency);
  return useMemo(() => ({ ...base, ...estimateFormat(i18n.language) }), [base, i18n.language]);
}

export type EstimateFormatters = ReturnType<typeof useEstimateFormat>;
