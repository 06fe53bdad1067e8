import { createTransport, type SMTPSentMessageInfo, type SMTPTransportOptions, type Transporter } from 'nodemailer';
import type { SmtpSettings } from './smtp-settings';

export type SmtpTransport = Transporter<SMTPSentMessageInfo, SMTPTransportOptions>;

const DEFAULT_CONNECTION_TIMEOUT_MS = 10_000;
/** An idle socket this long in the middle of a send is given up on: the job will be retried. */
const SOCKET_TIMEOUT_MS = 30_000;

/**
 * One connection per message, no pool: sends come from queue jobs, which retry on their own.
 * Timeouts are short so that a dead server fails a job in seconds rather than minutes.
 */
export function createSmtpTransport(settings: SmtpSettings): SmtpTransport {
  assertValid(settings);
  const connectionTimeout = settings.connectionTimeoutMs ?? DEFAULT_CONNECTION_TIMEOUT_MS;
  return createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    requireTLS: settings.requireTls,
    auth: settings.user ? { user: settings.user, pass: settings.password } : undefined,
    connectionTimeout,
    greetingTimeout: connectionTimeout,
    dnsTimeout: connectionTimeout,
    socketTimeout: SOCKET_TIMEOUT_MS,
    // Messages are built from templates: nothing may pull in a local file or a remote URL.
    disableFileAccess: true,
    disableUrlAccess: true,
  });
}

function assertValid(settings: SmtpSettings): void {
  const problems: string[] = [];
  if (settings.host.trim() === '') problems.push('host is empty');
  if (!Number.isInteger(settings.port) || settings.port < 1 || settings.port > 65_535) {
    problems.push(`port ${settings.port} is not a TCP port`);
  }
  // An empty SMTP_USER means "no login", the same as leaving it out.
  if (Boolean(settings.user) !== Boolean(settings.password)) {
    problems.push('user and password must be given together');
  }
  const timeout = settings.connectionTimeoutMs;
  if (timeout !== undefined && (!Number.isInteger(timeout) || timeout <= 0)) {
    problems.push(`connectionTimeoutMs ${timeout} is not a positive number of milliseconds`);
  }
  if (problems.length > 0) throw new Error(`Invalid SMTP settings: ${problems.join('; ')}`);
}
