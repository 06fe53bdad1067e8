import { ValidatorConstraint, ValidatorConstraintInterface } from 'class-validator';

/** 1900 up to next year's models, which are on the road before the year starts. */
@ValidatorConstraint({ name: 'isVehicleYear' })
export class IsVehicleYear implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return Number.isInteger(value) && (value as number) >= 1900 && (value as number) <= new Date().getUTCFullYear() + 1;
  }

  defaultMessage(): string {
    return `must be a whole year from 1900 to ${new Date().getUTCFullYear() + 1}`;
  }
}
