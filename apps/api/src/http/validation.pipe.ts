import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import type { ValidatorOptions } from 'class-validator';
import { FieldProblem, ValidationFailedError } from '@pitlane/core';
import { unsafeInputProblems } from './unsafe-input';

/**
 * DTO validation for every route: unknown fields refused, types enforced, errors per field.
 * On top of the DTOs' own rules, two global ones no DTO has to remember:
 * - no input anywhere holds control characters, non-finite or subnormal numbers (unsafe-input.ts);
 * - `null` is refused for every DTO property that does not declare `nullable: true` in its
 *   `@ApiProperty` (the one place the API contract already says a field may be cleared with
 *   null); `@IsOptional()` alone lets null through to the service, which meant a 500.
 */
export function createValidationPipe(): ValidationPipe {
  return new PitlaneValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new ValidationFailedError(errors.flatMap((error) => problemsOf(error, ''))),
  });
}

class PitlaneValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom') {
      const unsafe = unsafeInputProblems(value, metadata.data ?? '');
      if (unsafe.length > 0) throw new ValidationFailedError(unsafe);
    }
    return super.transform(value, metadata);
  }

  protected override async validate(object: object, options?: ValidatorOptions): Promise<ValidationError[]> {
    const errors = await super.validate(object, options);
    const nulls = unexpectedNulls(object, '');
    const reported = new Set(nulls.map((error) => error.property));
    return [...nulls, ...errors.filter((error) => !reported.has(error.property))];
  }
}

/**
 * `null` values on DTO properties that do not declare `nullable: true`, as validation errors
 * named by their path (`lines.0.partId`). Walks the transformed DTO, so nested DTOs are checked
 * against their own class.
 */
function unexpectedNulls(value: unknown, path: string): ValidationError[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => unexpectedNulls(item, `${path}${index}.`));
  if (value === null || typeof value !== 'object') return [];
  const prototype = Object.getPrototypeOf(value) as object | null;
  const isDto = prototype !== null && prototype !== Object.prototype;
  return Object.entries(value).flatMap(([key, item]) => {
    if (item === null) return isDto && !declaresNullable(prototype, key) ? [nullError(`${path}${key}`)] : [];
    return unexpectedNulls(item, `${path}${key}.`);
  });
}

/** Where `@ApiProperty()` keeps a property's options (`DECORATORS.API_MODEL_PROPERTIES`, not exported). */
const SWAGGER_PROPERTY_METADATA = 'swagger/apiModelProperties';

function declaresNullable(prototype: object, property: string): boolean {
  const swagger = Reflect.getMetadata(SWAGGER_PROPERTY_METADATA, prototype, property) as
    { nullable?: boolean } | undefined;
  return swagger?.nullable === true;
}

function nullError(property: string): ValidationError {
  return { property, constraints: { notNull: 'must not be null' }, children: [] };
}

function problemsOf(error: ValidationError, prefix: string): FieldProblem[] {
  const field = error.property ? `${prefix}${error.property}` : prefix.replace(/\.$/, '') || 'body';
  const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({
    field,
    message:
      constraint === 'whitelistValidation'
        ? 'is not an accepted field'
        : messageWithoutProperty(message, error.property),
  }));
  const nested = (error.children ?? []).flatMap((child) => problemsOf(child, `${field}.`));
  return [...own, ...nested];
}

/** class-validator says "email must be an email"; the field is already named, so drop it. */
function messageWithoutProperty(message: string, property: string): string {
  if (property && message.startsWith(`${property} `)) return message.slice(property.length + 1);
  if (message.startsWith('an unknown value was passed')) return 'must be a JSON object';
  return message;
}
