import { Locale } from '../tenants/tenant.entity';

interface CountryDefaults {
  readonly currency: string;
  readonly locale: Locale;
}

/** Countries outside the euro area that Pitlane has workshops in; everyone else pays in euro. */
const NATIONAL_CURRENCIES: Readonly<Record<string, string>> = {
  PL: 'PLN',
  DK: 'DKK',
  SE: 'SEK',
  NO: 'NOK',
  CZ: 'CZK',
  HU: 'HUF',
  RO: 'RON',
  GB: 'GBP',
  CH: 'CHF',
  US: 'USD',
  IS: 'ISK',
  GL: 'DKK',
  FO: 'DKK',
};
const LOCALES: Readonly<Record<string, Locale>> = { PL: 'pl', DK: 'da', GL: 'da', FO: 'da' };

/** A new workshop's currency and language from its country; English otherwise. */
export function defaultsForCountry(country: string): CountryDefaults {
  return {
    currency: Object.hasOwn(NATIONAL_CURRENCIES, country) ? NATIONAL_CURRENCIES[country]! : 'EUR',
    locale: Object.hasOwn(LOCALES, country) ? LOCALES[country]! : 'en',
  };
}

const RESERVED_SLUGS = new Set([
  'api',
  'app',
  'admin',
  'www',
  'public',
  'static',
  'assets',
  'docs',
  'health',
  'metrics',
]);

/** "Kowalski Auto-Serwis Łódź" -> "kowalski-auto-serwis-lodz". */
export function slugify(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'l')
    .replace(/ø/g, 'o')
    .replace(/Ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50)
    .replace(/-+$/g, '');
  if (!base) return 'workshop';
  return RESERVED_SLUGS.has(base) ? `${base}-workshop` : base;
}
