const TAGS: Record<string, string> = { en: 'en-GB', pl: 'pl-PL', da: 'da-DK' };

/**
 * What the estimate shows beside money (which `usePublicFormat` formats): VAT rates and
 * quantities, in the page's language. Rates are basis points (2300 = 23 %).
 */
export function estimateFormat(language: string) {
  const tag = TAGS[language] ?? 'en-GB';
  const percent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 2 });
  const quantity = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
  return {
    vatRate: (basisPoints: number) => percent.format(basisPoints / 10_000),
    quantity: (value: number) => quantity.format(value),
  };
}
