import { AppConfig } from '@pitlane/core';
import { createSmtpTransport, SmtpTransport } from '../transport/smtp-transport';

/** Injection token of the worker's SMTP transport (one per process, built from config). */
export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');

export function mailTransportFromConfig(config: AppConfig): SmtpTransport {
  const smtp = config.mail.smtp;
  return createSmtpTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    requireTls: smtp.requireTls,
    ...(smtp.user ? { user: smtp.user } : {}),
    ...(smtp.password ? { password: smtp.password } : {}),
  });
}
