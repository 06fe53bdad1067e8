import { ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldProblem, ValidationFailedError } from '@pitlane/core';

/** DTO validation for every route: unknown fields refused, types enforced, errors per field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new ValidationFailedError(errors.flatMap((error) => problemsOf(error, ''))),
  });
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
