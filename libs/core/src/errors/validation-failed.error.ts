import { DomainError } from './domain-error';
import { FieldProblem } from './problem';

/** A request whose input breaks its contract: 400 with one entry per field. */
export class ValidationFailedError extends DomainError {
  readonly code = 'validation_failed';
  readonly kind = 'invalid';

  constructor(fieldProblems: readonly FieldProblem[], detail = 'The request is not valid.') {
    super(detail, fieldProblems);
  }
}
