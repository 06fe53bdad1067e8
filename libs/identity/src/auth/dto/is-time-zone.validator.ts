import { ValidatorConstraint, ValidatorConstraintInterface } from 'class-validator';

/** An IANA time zone name the runtime knows (Europe/Warsaw, UTC, ...). */
@ValidatorConstraint({ name: 'isTimeZone' })
export class IsTimeZone implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    if (typeof value !== 'string' || value.length > 64) return false;
    try {
      new Intl.DateTimeFormat('en', { timeZone: value });
      return true;
    } catch {
      return false;
    }
  }

  defaultMessage(): string {
    return 'must be an IANA time zone such as Europe/Warsaw';
  }
}
