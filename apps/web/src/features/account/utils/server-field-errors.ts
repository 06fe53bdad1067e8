import type { TFunction } from 'i18next';
import type { FieldError, FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { applyFieldErrors, asProblem, problemCode, type Problem } from '@/lib/api/problem';

/**
 * Puts the API's field errors on the form: `fields` maps the API's field names to the form's
 * (the password policy names its field `password` even where the form's is `newPassword`), and
 * the policy's refusals read in the page's language. Answers whether any landed.
 */
export function applyServerFieldErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: Readonly<Record<string, Path<T>>>,
  t: TFunction,
): boolean {
  const problem = asProblem(error);
  if (!problem?.errors) return false;
  const weak = problemCode(error) === 'weak-password';
  const renamed: Problem = {
    ...problem,
    errors: problem.errors.flatMap((fieldError) => {
      const field = fields[fieldError.field];
      if (!field) return [];
      return [{ field, message: weak ? weakPasswordSentence(fieldError.message, t) : fieldError.message }];
    }),
  };
  return applyFieldErrors(renamed, setError, Object.values(fields));
}

function weakPasswordSentence(message: string, t: TFunction): string {
  if (/at least/.test(message)) return t('password.refused.short');
  if (/at most/.test(message)) return t('password.refused.long');
  return t('password.refused.guessable');
}

/** A field's error as the person reads it: the form's own are keys, the API's are sentences. */
export function fieldMessage(t: TFunction, error: FieldError | undefined): string | undefined {
  if (!error?.message) return undefined;
  return error.type === 'server' ? error.message : t(error.message);
}
