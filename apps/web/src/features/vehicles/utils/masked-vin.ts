import { VIN_LENGTH } from './vin';

/** How many characters of a VIN the API's responses keep (its serial part). */
export const VIN_TAIL_LENGTH = 6;

/** How many leading characters a masked VIN hides before the tail. */
export function hiddenVinLength(tail: string): number {
  return Math.max(0, VIN_LENGTH - tail.length);
}
