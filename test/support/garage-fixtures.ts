import { randomInt } from 'node:crypto';

/** European VINs (no check digit enforced): WMI WVW, 'ZZZ1JZ', model year X, plant W, serial. */
export function europeanVin(): string {
  return `WVWZZZ1JZXW${String(randomInt(0, 1_000_000)).padStart(6, '0')}`;
}

/** Valid PESELs, checksums verified in libs/crypto/src/validation/national-id.spec.ts. */
export const PESELS = ['44051401359', '02271409867'] as const;

/** A North American VIN with a correct check digit ('X' at position 9). */
export const NORTH_AMERICAN_VIN = '1M8GDM9AXKP042788';
