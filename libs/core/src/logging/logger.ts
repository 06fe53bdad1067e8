import cluster from 'node:cluster';
import pino, { Logger } from 'pino';

/**
 * Paths pino replaces with "[redacted]" wherever they appear in a log line: credentials,
 * tokens, codes and the identifiers ARCHITECTURE.md says must never be logged.
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'headers.cookie',
  'password',
  'newPassword',
  'currentPassword',
  'accessToken',
  'refreshToken',
  'mfaToken',
  'token',
  'resetCode',
  'vin',
  'nationalId',
  '*.password',
  '*.newPassword',
  '*.currentPassword',
  '*.accessToken',
  '*.refreshToken',
  '*.mfaToken',
  '*.token',
  '*.resetCode',
  '*.vin',
  '*.nationalId',
  '*.secret',
  '*.masterKey',
  // A failed query's bound values and Postgres' "Key (email)=(...)" details are data, not
  // diagnostics: the SQL text and SQLSTATE stay, the values go.
  'err.parameters',
  'err.driverError',
  'err.detail',
];

export interface LoggerOptions {
  readonly service: string;
  readonly level: string;
  /** Where lines go; stdout unless a test wants to read them. */
  readonly destination?: pino.DestinationStream;
}

/**
 * Which process wrote a line: its pid always, and in an API cluster (API_PROCESSES) the worker's
 * number too, which stays readable where pids are all alike (one per container).
 */
function processFields(): { pid: number; worker?: number } {
  const worker = cluster.isWorker ? cluster.worker?.id : undefined;
  return worker === undefined ? { pid: process.pid } : { pid: process.pid, worker };
}

/** The one JSON logger of a process. */
export function createLogger(options: LoggerOptions): Logger {
  return pino(
    {
      level: options.level,
      base: { service: options.service, ...processFields() },
      messageKey: 'message',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    },
    options.destination ?? pino.destination({ sync: false }),
  );
}
