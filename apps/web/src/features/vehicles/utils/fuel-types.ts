import type { components } from '@/lib/api/schema.gen';

type FuelType = components['schemas']['FuelType'];

/** The API's fuel types in the order the form offers them; the compiler checks none is missing. */
export const FUEL_TYPES = [
  'petrol',
  'diesel',
  'hybrid',
  'plug_in_hybrid',
  'electric',
  'lpg',
  'cng',
  'hydrogen',
  'other',
] as const satisfies readonly FuelType[];

type Missing = Exclude<FuelType, (typeof FUEL_TYPES)[number]>;
// A fuel type the API adds fails to compile here until the form offers it (and names it).
export const EVERY_FUEL_TYPE_OFFERED: [Missing] extends [never] ? true : never = true;

export function isFuelType(value: string): value is FuelType {
  return (FUEL_TYPES as readonly string[]).includes(value);
}
