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

/** The one JSON logger of a process. */
export function createLogger(options: LoggerOptions): Logger {
  return pino(
    {
      level: options.level,
      base: { service: options.service },
      messageKey: 'message',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    },
    options.destination ?? pino.destination({ sync: false }),
  );
}
