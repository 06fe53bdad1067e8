// What mechanics type into the search box, by kind: typos, half words, plates three ways, car and
// year, car and owner, phone digits. The same mix as issue 5's benchmark; every kind is labelled so
// the SQL can be timed per kind.
import crypto from 'node:crypto';
import { CARS, LAST_NAMES, PLATE_PREFIXES, type SearchSample } from './search-seed';

export interface QueryKind {
  readonly kind: string;
  readonly text: (sample: SearchSample) => string;
}

export function pick<T>(items: readonly T[]): T {
  return items[crypto.randomInt(0, items.length)]!;
}

const TYPOS = ['Kowalsky', 'Nowk', 'Wisniewsky', 'Lewandowsky', 'Zielinsky', 'Jensn', 'Voklswagen', 'Toyta'];
const PREFIXES = ['Kowal', 'Zieli', 'Volksw', 'Octa', 'Lewan', 'Dąbr', 'Soren', 'Lukasz'];

export const QUERY_KINDS: readonly QueryKind[] = [
  { kind: 'typo word', text: () => pick(TYPOS) },
  { kind: 'prefix', text: () => pick(PREFIXES) },
  { kind: 'plate prefix', text: () => `${pick(PLATE_PREFIXES)} ${crypto.randomInt(10, 99)}` },
  { kind: 'plate as written', text: (sample) => sample.plate },
  { kind: 'plate lower, dashed', text: (sample) => sample.plate.replace(' ', '-').toLowerCase() },
  { kind: 'plate compact', text: (sample) => sample.plate.replace(' ', '') },
  { kind: 'model + year', text: () => `${pick(CARS)[1]} ${2000 + crypto.randomInt(0, 24)}` },
  { kind: 'model + owner', text: () => `${pick(CARS)[1]} ${pick(LAST_NAMES)}` },
  { kind: 'phone tail', text: (sample) => sample.phone.slice(-9) },
];

/** One query of a random kind for a random sample: its workshop and what is typed. */
export function drawQuery(samples: readonly SearchSample[]): { sample: SearchSample; kind: string; text: string } {
  const sample = pick(samples);
  const { kind, text } = pick(QUERY_KINDS);
  return { sample, kind, text: text(sample) };
}

export const searchPath = (text: string, extra = '') => `/api/v1/search?q=${encodeURIComponent(text)}&limit=10${extra}`;
