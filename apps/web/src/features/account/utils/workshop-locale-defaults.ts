import type { Language } from '@/lib/i18n/i18n';

/** Time zones that name one country: the sign-up form's first guess of the workshop's country. */
const COUNTRY_OF_ZONE: Readonly<Record<string, string>> = {
  'Europe/Warsaw': 'PL',
  'Europe/Copenhagen': 'DK',
  'America/Nuuk': 'GL',
  'America/Godthab': 'GL',
  'Atlantic/Faroe': 'FO',
  'Europe/Berlin': 'DE',
  'Europe/Stockholm': 'SE',
  'Europe/Oslo': 'NO',
  'Europe/Helsinki': 'FI',
  'Atlantic/Reykjavik': 'IS',
  'Europe/Prague': 'CZ',
  'Europe/Bratislava': 'SK',
  'Europe/Vienna': 'AT',
  'Europe/Zurich': 'CH',
  'Europe/Budapest': 'HU',
  'Europe/Bucharest': 'RO',
  'Europe/Vilnius': 'LT',
  'Europe/Riga': 'LV',
  'Europe/Tallinn': 'EE',
  'Europe/London': 'GB',
  'Europe/Dublin': 'IE',
  'Europe/Amsterdam': 'NL',
  'Europe/Brussels': 'BE',
  'Europe/Paris': 'FR',
  'Europe/Madrid': 'ES',
  'Europe/Lisbon': 'PT',
  'Europe/Rome': 'IT',
  'Europe/Athens': 'GR',
  'Europe/Ljubljana': 'SI',
  'Europe/Zagreb': 'HR',
};

const COUNTRY_OF_LANGUAGE: Readonly<Record<Language, string>> = { pl: 'PL', da: 'DK', en: 'GB' };

/**
 * The country a new workshop most likely is in: its time zone's, else the region of the
 * browser's first language tag that names one (en-GB), else the page's language's.
 */
export function guessCountry(timeZone: string, languageTags: readonly string[], language: Language): string {
  const ofZone = COUNTRY_OF_ZONE[timeZone];
  if (ofZone) return ofZone;
  for (const tag of languageTags) {
    const region = /^[a-z]{2,3}-([A-Z]{2})\b/i.exec(tag)?.[1];
    if (region) return region.toUpperCase();
  }
  return COUNTRY_OF_LANGUAGE[language];
}

/** The browser's own time zone, as an IANA name; UTC when the runtime does not say. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** Every IANA zone the runtime knows, with `must` (the current choice) in it. */
export function timeZoneChoices(must: string): string[] {
  let zones: string[];
  try {
    zones = Intl.supportedValuesOf('timeZone');
  } catch {
    zones = [];
  }
  return [...new Set([...zones, 'UTC', must])].sort((a, b) => a.localeCompare(b));
}

/** ISO 3166-1 alpha-2: what the API accepts as a workshop's country. */
const COUNTRY_CODES =
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
  'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO ' +
  'FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE ' +
  'JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO ' +
  'MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW ' +
  'PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM ' +
  'TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW';

/** The countries with their names in `language`, in that language's alphabetical order. */
export function countryChoices(language: string): Array<{ readonly code: string; readonly name: string }> {
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames([language], { type: 'region' });
  } catch {
    names = undefined;
  }
  return COUNTRY_CODES.split(' ')
    .map((code) => ({ code, name: names?.of(code) ?? code }))
    .sort((a, b) => a.name.localeCompare(b.name, language));
}
