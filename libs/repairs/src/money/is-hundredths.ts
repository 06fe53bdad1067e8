import { ValidateBy, ValidationOptions } from 'class-validator';

/**
 * A finite number with at most two decimals (hours or units as the API writes them: 1.5, 0.25).
 * Instead of class-validator's `IsNumber({ maxDecimalPlaces })`, which reads the decimals from
 * `String(value)` and throws on numbers JavaScript writes with an exponent (`1e-7`), which
 * answered 500. Same rule otherwise: 0.1 + 0.2 (0.30000000000000004) has more than two.
 */
export function IsHundredths(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isHundredths',
      validator: {
        validate: (value: unknown) => isHundredths(value),
        defaultMessage: () => '$property must be a number with at most two decimals',
      },
    },
    options,
  );
}

export function isHundredths(value: unknown): boolean {
  return typeof value === 'number' && Number.isFinite(value) && Number(value.toFixed(2)) === value;
}
