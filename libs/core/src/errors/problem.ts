/** One field's complaint inside a 400 problem. */
export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

/** RFC 9457 problem details, the body of every error Pitlane answers. */
export interface ProblemDetails {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly instance?: string;
  readonly errors?: readonly FieldProblem[];
  readonly errorId?: string;
  readonly [extension: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Problem type URIs: `about:blank` for plain HTTP statuses, a documented code otherwise. */
export function problemType(code: string): string {
  return `https://pitlane.dev/problems/${code.replace(/_/g, '-')}`;
}
