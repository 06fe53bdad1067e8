/**
 * National identity numbers. Poland (PESEL) and Denmark (CPR) are checked for structure, birth
 * date and, where one exists, checksum; other countries' numbers are only checked for a plausible
 * shape and marked `unverified`.
 */
export type NationalIdCheck =
  | {
      readonly valid: true;
      readonly normalized: string;
      readonly scheme: 'pesel' | 'cpr' | 'unverified';
      readonly birthDate?: string;
    }
  | { readonly valid: false; readonly reason: 'format' | 'date' | 'checksum' };

const PESEL_WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3] as const;
const GENERIC_ID = /^[A-Z0-9/-]{4,32}$/;

/**
 * PESEL: `YYMMDDZZZXQ`. The century is coded in the month (+80: 1800s, +0: 1900s, +20: 2000s,
 * +40: 2100s, +60: 2200s); Q is the control digit of the weights 1,3,7,9,1,3,7,9,1,3.
 */
export function checkPesel(input: string): NationalIdCheck {
  const normalized = input.trim();
  if (!/^[0-9]{11}$/.test(normalized)) return { valid: false, reason: 'format' };
  const digits = [...normalized].map(Number);
  const codedMonth = Number(normalized.slice(2, 4));
  const century = [1900, 2000, 2100, 2200, 1800][Math.floor(codedMonth / 20)];
  const birthDate =
    century === undefined
      ? undefined
      : calendarDate(century + Number(normalized.slice(0, 2)), codedMonth % 20, Number(normalized.slice(4, 6)));
  if (birthDate === undefined) return { valid: false, reason: 'date' };
  const sum = PESEL_WEIGHTS.reduce((total, weight, index) => total + weight * (digits[index] ?? 0), 0);
  if ((10 - (sum % 10)) % 10 !== digits[10]) return { valid: false, reason: 'checksum' };
  return { valid: true, normalized, scheme: 'pesel', birthDate };
}

/**
 * Danish CPR: `DDMMYY-SSSS` or ten digits. The century follows from the seventh digit and the
 * year (CPR office table). The modulus-11 check is not applied: since 2007 numbers are issued
 * that fail it.
 */
export function checkCpr(input: string): NationalIdCheck {
  const match = /^([0-9]{6})-?([0-9]{4})$/.exec(input.trim());
  if (!match?.[1] || !match[2]) return { valid: false, reason: 'format' };
  const normalized = match[1] + match[2];
  const yy = Number(normalized.slice(4, 6));
  const seventh = Number(normalized[6]);
  let century: number;
  if (seventh <= 3) century = 1900;
  else if (seventh === 4 || seventh === 9) century = yy <= 36 ? 2000 : 1900;
  else century = yy <= 57 ? 2000 : 1800;
  const birthDate = calendarDate(century + yy, Number(normalized.slice(2, 4)), Number(normalized.slice(0, 2)));
  if (birthDate === undefined) return { valid: false, reason: 'date' };
  return { valid: true, normalized, scheme: 'cpr', birthDate };
}

/**
 * Checks `input` by the rules of `country` (ISO 3166-1 alpha-2). Countries without a checker
 * accept 4-32 letters, digits, "-" or "/" (spaces dropped, letters uppercased) as `unverified`.
 */
export function checkNationalId(country: string, input: string): NationalIdCheck {
  switch (country.trim().toUpperCase()) {
    case 'PL':
      return checkPesel(input);
    case 'DK':
      return checkCpr(input);
    default: {
      const normalized = input
        .trim()
        .replace(/ /g, '')
        .replace(/[a-z]/g, (letter) => letter.toUpperCase());
      if (!GENERIC_ID.test(normalized)) return { valid: false, reason: 'format' };
      return { valid: true, normalized, scheme: 'unverified' };
    }
  }
}

/** `YYYY-MM-DD` when the day exists in the proleptic Gregorian calendar, else undefined. */
function calendarDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  if (day > daysInMonth) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
