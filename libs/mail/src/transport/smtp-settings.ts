/** How to reach the SMTP server mail goes out through (SMTP_* in `.env.example`). */
export interface SmtpSettings {
  host: string;
  port: number;
  /** TLS from the first byte (port 465); false: plain, upgraded with STARTTLS when offered. */
  secure: boolean;
  /** Refuse to send unless STARTTLS succeeds. */
  requireTls: boolean;
  /** With `password`, log in; without both (or with both empty), send unauthenticated. */
  user?: string;
  password?: string;
  /** How long to wait for the TCP connection and then for the server's greeting; 10 s if unset. */
  connectionTimeoutMs?: number;
}
