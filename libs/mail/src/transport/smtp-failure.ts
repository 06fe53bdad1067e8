/**
 * What a failed send means for the job that tried it: `permanent` — the server refused this
 * message for good, sending it again gets the same answer; `temporary` — try again later.
 */
export type SmtpFailureKind = 'permanent' | 'temporary';

interface SmtpErrorFields {
  /** Node's own code when nodemailer wrapped it (ECONNREFUSED under ESOCKET), else nodemailer's. */
  code?: string;
  nodemailerCode?: string;
  responseCode?: number;
  response?: string;
  message?: string;
}

/**
 * Classifies a nodemailer error. A 5xx reply is permanent; everything else is temporary,
 * because a temporary failure is retried until the job gives up and stays visible, while a
 * permanent one drops the mail:
 * - 4xx replies, connection, timeout, socket and DNS errors (`ECONNECTION`, `ETIMEDOUT`,
 *   `ESOCKET`, `EDNS`, `ECONNREFUSED`, …);
 * - `EAUTH`, even with its 535: wrong credentials are an operator's mistake, fixed in config;
 * - 503 "bad sequence of commands": the session was in the wrong state, not the message
 *   refused, and a new connection gets past it (nodemailer reads 503 the same way);
 * - anything unrecognised.
 */
export function classifySmtpFailure(error: unknown): SmtpFailureKind {
  const { nodemailerCode, responseCode } = fields(error);
  if (nodemailerCode === 'EAUTH' || nodemailerCode === 'ENOAUTH') return 'temporary';
  if (responseCode !== undefined && responseCode >= 500 && responseCode < 600 && responseCode !== 503) {
    return 'permanent';
  }
  return 'temporary';
}

const MAX_SUMMARY_LENGTH = 200;
// Anything shaped like local@domain, with or without angle brackets around it.
const EMAIL_ADDRESS = /<?[^\s<>()[\]@,;:"]+@[^\s<>()[\]@,;:"]+>?/g;

/**
 * A short description of a failed send for the mail ledger and logs: the server's reply
 * (`550 5.1.1 [address]: Recipient address rejected`) or the error code (`ECONNREFUSED`).
 * At most 200 characters, on one line, with every e-mail address replaced by `[address]`.
 * It never includes the message: nodemailer errors carry the envelope, not the body.
 */
export function smtpFailureSummary(error: unknown): string {
  const { code, responseCode, response, message } = fields(error);
  let summary: string;
  if (responseCode !== undefined) {
    const reply = response ?? message ?? '';
    summary = reply.trimStart().startsWith(String(responseCode)) ? reply : `${responseCode} ${reply}`;
  } else if (code !== undefined) {
    summary = message && !message.includes(code) ? `${code}: ${message}` : code;
  } else {
    summary = message ?? (typeof error === 'string' ? error : 'unknown error');
  }
  return shorten(redact(summary));
}

function redact(text: string): string {
  return (
    text
      .replace(EMAIL_ADDRESS, '[address]')
      // eslint-disable-next-line no-control-regex -- multi-line replies and stray control bytes become one line
      .replace(/[\s\u0000-\u001f\u007f]+/g, ' ')
      .trim()
  );
}

function shorten(text: string): string {
  const characters = [...text];
  if (characters.length <= MAX_SUMMARY_LENGTH) return text || 'unknown error';
  return `${characters.slice(0, MAX_SUMMARY_LENGTH - 1).join('')}…`;
}

/**
 * Reads the fields nodemailer puts on its errors. Node's own code (ECONNREFUSED, ENOTFOUND…)
 * is kept when nodemailer wraps it, under `originalCode`, because it says more.
 */
function fields(error: unknown): SmtpErrorFields {
  if (typeof error !== 'object' || error === null) return {};
  const record = error as Record<string, unknown>;
  const nodemailerCode = stringField(record.code);
  return {
    code: stringField(record.originalCode) ?? nodemailerCode,
    nodemailerCode,
    responseCode: typeof record.responseCode === 'number' ? record.responseCode : undefined,
    response: stringField(record.response),
    message: stringField(record.message),
  };
}

function stringField(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
