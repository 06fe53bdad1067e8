import { FieldProblem } from './problem';

/** How a domain failure reads over HTTP. Each context's error class maps its codes to one. */
export type ErrorKind =
  'invalid' | 'unauthenticated' | 'forbidden' | 'not_found' | 'conflict' | 'gone' | 'rate_limited' | 'unavailable';

export const STATUS_OF_KIND: Readonly<Record<ErrorKind, number>> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  rate_limited: 429,
  unavailable: 503,
};

/**
 * Base of every expected failure. A context subclasses it with a code enum; the problem filter
 * turns it into problem+json. `detail` is shown to the client, so it must never hold a secret or
 * an identifier.
 */
export abstract class DomainError extends Error {
  abstract readonly code: string;
  abstract readonly kind: ErrorKind;

  constructor(
    readonly detail: string,
    readonly fieldProblems?: readonly FieldProblem[],
    /** Extra members of the problem body (for example `allowed` transitions). */
    readonly extensions?: Readonly<Record<string, unknown>>,
  ) {
    super(detail);
    this.name = new.target.name;
  }
}

/**
 * The base of a context's error class: a code of the context's enum, whose kind `kinds` names
 * once. The context's class then holds only its codes and its named failures, e.g.
 * `class GarageError extends codedDomainError(KIND)`.
 */
export function codedDomainError<Code extends string>(kinds: Readonly<Record<Code, ErrorKind>>) {
  abstract class CodedDomainError extends DomainError {
    readonly kind: ErrorKind;

    constructor(
      readonly code: Code,
      detail: string,
      fieldProblems?: readonly FieldProblem[],
      extensions?: Readonly<Record<string, unknown>>,
    ) {
      super(detail, fieldProblems, extensions);
      this.kind = kinds[code];
    }
  }
  return CodedDomainError;
}
