import type { FieldProblem } from '@pitlane/core';

/**
 * The smallest positive normal double. Smaller non-zero magnitudes (subnormals such as
 * `-1e-323`) are no quantity, price or count anyone means, and they break arithmetic and
 * PostgreSQL `numeric` conversion further down.
 */
export const MIN_NORMAL = 2.2250738585072014e-308;

/**
 * C0 control characters other than tab, line feed and carriage return. NUL in particular:
 * PostgreSQL text cannot hold it, so it failed deep inside a query as a 500.
 */
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

/**
 * A lone UTF-16 surrogate (`"\ud800"` is valid JSON) has no UTF-8 form: it broke e-mail
 * normalisation and storage further down (a 500 on signup).
 */
function isWellFormed(text: string): boolean {
  return (text as string & { isWellFormed(): boolean }).isWellFormed();
}

/**
 * Every value in a request's input (body, query or path parameter) that no field of any
 * endpoint accepts, whatever its DTO says: strings with control characters or lone surrogates,
 * numbers that are not finite (`1e400` parses as Infinity) or are subnormal. `field` names the
 * value as the validation errors do (`lines.0.quantity`); `root` names a primitive input.
 */
export function unsafeInputProblems(value: unknown, root = ''): FieldProblem[] {
  const problems: FieldProblem[] = [];
  visit(value, root, problems);
  return problems;
}

function visit(value: unknown, field: string, problems: FieldProblem[]): void {
  if (typeof value === 'string') {
    if (FORBIDDEN_CONTROLS.test(value)) {
      problems.push({ field: field || 'body', message: 'must not contain control characters' });
    } else if (!isWellFormed(value)) {
      problems.push({ field: field || 'body', message: 'must be valid Unicode (no lone surrogate)' });
    }
  } else if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      problems.push({ field: field || 'body', message: 'must be a finite number' });
    } else if (value !== 0 && Math.abs(value) < MIN_NORMAL) {
      problems.push({ field: field || 'body', message: 'must be zero or a normal number, not a subnormal one' });
    }
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => visit(item, join(field, String(index)), problems));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) visit(item, join(field, key), problems);
  }
}

function join(prefix: string, key: string): string {
  return prefix ? `${prefix}.${key}` : key;
}
