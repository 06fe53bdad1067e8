import { ValidateBy, ValidationOptions } from 'class-validator';
import { DateTime } from 'luxon';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A date "YYYY-MM-DD" that exists in the calendar: 2027-02-29 and 2027-02-30 do not. */
export function isCalendarDate(value: unknown): value is string {
  return typeof value === 'string' && DATE.test(value) && DateTime.fromISO(value, { zone: 'utc' }).isValid;
}

/**
 * Validates a date-only field (or, with `each`, every item of one) as a real calendar date: the
 * format alone let `2027-02-30` through, and `Date.parse` rolls it over into March.
 */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: (value: unknown) => isCalendarDate(value),
        defaultMessage: () =>
          options?.each ? 'must hold real dates "YYYY-MM-DD"' : 'must be a real date "YYYY-MM-DD"',
      },
    },
    options,
  );
}
