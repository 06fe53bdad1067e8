import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';

// A workshop's worth of cars for the palette benchmark: Polish plates and valid VINs, made
// deterministically so every run searches the same fleet.

const VIN_ALPHABET = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
// The demo workshop's VIN maker (CommonJS) holds the ISO 3779 check digit arithmetic.
const { checkDigit } = createRequire(import.meta.url)('../../lib/demo/vin.js') as {
  checkDigit: (draft: string) => string;
};

/**
 * A VIN with a right ISO 3779 check digit (position 9): letters and digits drawn from a hash of
 * `seed`, and a six-digit serial (positions 12-17) that is unique for every seed below a million.
 */
export function vinFor(seed: number): string {
  const bytes = createHash('sha256').update(`vin-${seed}`).digest();
  const serial = String((seed * 7919 + 100_000) % 1_000_000).padStart(6, '0');
  const chars = Array.from({ length: 11 }, (_, index) => VIN_ALPHABET[bytes[index]! % VIN_ALPHABET.length]!).concat([
    ...serial,
  ]);
  chars[8] = checkDigit(chars.join(''));
  return chars.join('');
}

const PREFIXES = ['WA', 'WB', 'KR', 'PO', 'GD', 'WR', 'LU', 'SK', 'DW', 'EL'];
const MAKES = [
  ['Volkswagen', 'Golf'],
  ['Skoda', 'Octavia'],
  ['Toyota', 'Corolla'],
  ['Ford', 'Focus'],
  ['Opel', 'Astra'],
  ['Renault', 'Clio'],
  ['Kia', 'Ceed'],
  ['Hyundai', 'i30'],
] as const;
const FIRST = ['Łukasz', 'Zofia', 'Jan', 'Agnieszka', 'Piotr', 'Małgorzata', 'Søren', 'Mette', 'Tomasz', 'Ewa'];
const LAST = [
  'Wójcik',
  'Kamińska',
  'Kowalski',
  'Nowak',
  'Jørgensen',
  'Lewandowska',
  'Zieliński',
  'Hansen',
  'Dąbrowski',
  'Szymańska',
];

export interface FleetCar {
  readonly plate: string;
  readonly vin: string;
  readonly make: string;
  readonly model: string;
  readonly year: number;
  readonly owner: { readonly firstName: string; readonly lastName: string; readonly phone: string };
}

export function fleetCar(index: number): FleetCar {
  const [make, model] = MAKES[index % MAKES.length]!;
  return {
    plate: `${PREFIXES[index % PREFIXES.length]} ${String(10000 + index).padStart(5, '0')}`,
    vin: vinFor(index + 1),
    make,
    model,
    year: 2005 + (index % 19),
    owner: {
      firstName: FIRST[index % FIRST.length]!,
      lastName: `${LAST[Math.floor(index / FIRST.length) % LAST.length]!}`,
      phone: `+48 6${String(10000000 + index).slice(-8)}`,
    },
  };
}
