import { createHash } from 'node:crypto';

// A workshop's worth of cars for the palette benchmark: Polish plates and valid VINs, made
// deterministically so every run searches the same fleet.

const VIN_ALPHABET = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
// ISO 3779's letter values.
const TRANSLITERATION: Readonly<Record<string, number>> = {
  A: 1,
  B: 2,
  C: 3,
  D: 4,
  E: 5,
  F: 6,
  G: 7,
  H: 8,
  J: 1,
  K: 2,
  L: 3,
  M: 4,
  N: 5,
  P: 7,
  R: 9,
  S: 2,
  T: 3,
  U: 4,
  V: 5,
  W: 6,
  X: 7,
  Y: 8,
  Z: 9,
};
const WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

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
  const sum = chars.reduce((total, char, index) => {
    const value = /\d/.test(char) ? Number(char) : TRANSLITERATION[char]!;
    return total + value * WEIGHTS[index]!;
  }, 0);
  const check = sum % 11;
  chars[8] = check === 10 ? 'X' : String(check);
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
