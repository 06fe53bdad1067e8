import { problemCode } from '@/lib/api/problem';

/** Whether the API refused with `code` (the problem type's last segment; `_` and `-` alike). */
export function problemIs(error: unknown, code: string): boolean {
  return problemCode(error)?.replace(/_/g, '-') === code.replace(/_/g, '-');
}
