import { QueryFailedError } from 'typeorm';

/** SQLSTATE codes Pitlane reacts to. */
export const PG_UNIQUE_VIOLATION = '23505';
export const PG_FOREIGN_KEY_VIOLATION = '23503';
export const PG_EXCLUSION_VIOLATION = '23P01';
export const PG_CHECK_VIOLATION = '23514';

interface DriverError {
  readonly code?: string;
  readonly constraint?: string;
}

/** True when `error` is a Postgres error with `code`, optionally on a named constraint. */
export function isPostgresError(error: unknown, code: string, constraint?: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as DriverError;
  return driverError.code === code && (constraint === undefined || driverError.constraint === constraint);
}
