import { ValidatorConstraint, ValidatorConstraintInterface } from 'class-validator';

/**
 * The canonical IANA name of `value` as the runtime's Intl knows it ("europe/warsaw" ->
 * "Europe/Warsaw"), or null when it names no zone. UTC offsets ("+01:00") are refused even where
 * Intl accepts them: Postgres, which computes report periods in the workshop's zone, reads them
 * as POSIX offsets with the sign the other way round.
 */
export function canonicalTimeZone(value: string): string | null {
  if (value.length === 0 || value.length > 64 || !/^[A-Za-z]/.test(value)) return null;
  try {
    return new Intl.DateTimeFormat('en', { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** A time zone `canonicalTimeZone` accepts, spelled canonically (DTOs canonicalize first). */
@ValidatorConstraint({ name: 'isCanonicalTimeZone' })
export class IsCanonicalTimeZone implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && canonicalTimeZone(value) === value;
  }

  defaultMessage(): string {
    return 'must be an IANA time zone such as Europe/Warsaw';
  }
}
