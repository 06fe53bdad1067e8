import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { components } from './schema.gen';

export type Problem = components['schemas']['ProblemDetailsDto'];

/** The problem+json body an API call failed with, or undefined for network and other errors. */
export function asProblem(error: unknown): Problem | undefined {
  if (error instanceof ApiError) return error.problem;
  if (typeof error !== 'object' || error === null) return undefined;
  const candidate = error as Partial<Problem>;
  return typeof candidate.status === 'number' && typeof candidate.title === 'string' ? (error as Problem) : undefined;
}

/** The last path segment of a problem `type` URI: a stable code to branch on. */
export function problemCode(error: unknown): string | undefined {
  const problem = asProblem(error);
  if (!problem) return undefined;
  const code = (problem as { code?: unknown }).code;
  if (typeof code === 'string') return code;
  return problem.type.split('/').pop();
}

/**
 * Puts the API's field errors on the form's fields; answers whether any landed, so the caller
 * shows the problem's detail in place of the form only when none did.
 */
export function applyFieldErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
): boolean {
  const problem = asProblem(error);
  let applied = false;
  for (const fieldError of problem?.errors ?? []) {
    const field = fields.find((name) => name === fieldError.field || fieldError.field.startsWith(`${name}.`));
    if (field) {
      setError(field, { type: 'server', message: fieldError.message });
      applied = true;
    }
  }
  return applied;
}

/** A failed API call as a real Error, carrying the problem body when the API sent one. */
export class ApiError extends Error {
  constructor(
    readonly problem: Problem | undefined,
    readonly status: number,
  ) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
  }
}

/** The data of an openapi-fetch answer, or an ApiError with its problem. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (error !== undefined || !response.ok) throw new ApiError(asProblem(error), response.status);
  return data as T;
}
