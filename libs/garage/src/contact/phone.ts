import { CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js';
import { GarageError } from '../errors/garage.error';

/**
 * A phone number as typed ("601 234 567", "+48 601-234-567", "0045 12 34 56 78") to E.164,
 * read in the workshop's country unless it carries its own prefix.
 */
export function normalizePhone(input: string, workshopCountry: string, field = 'phone'): string {
  const parsed = parsePhoneNumberFromString(input.trim(), workshopCountry as CountryCode);
  if (!parsed?.isValid()) throw GarageError.invalid(field, 'must be a valid phone number');
  return parsed.number;
}
