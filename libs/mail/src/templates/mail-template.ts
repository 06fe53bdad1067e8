/** Languages every template is written in; a workshop or user picks one of them. */
export const MAIL_LOCALES = ['en', 'pl', 'da'] as const;
export type MailLocale = (typeof MAIL_LOCALES)[number];

/** What each template needs from its caller. The renderer adds `workshopName` itself. */
export interface MailTemplateData {
  /** `addressTaken` 1: another account verified the address first; `link` is the sign-in page. */
  email_verification: { name: string; link: string; addressTaken: 0 | 1 };
  password_reset: { name: string; code: string; minutes: number };
  staff_invitation: { inviterName: string; role: string; link: string; days: number };
  email_change: { name: string; link: string };
  mfa_enabled: { name: string };
  recovery_code_used: { name: string; remaining: number };
  appointment_confirmation: { name: string; when: string; services: string; manageLink: string; calendar: string };
  appointment_rescheduled: { name: string; when: string; services: string; calendar: string };
  appointment_cancelled: { name: string; when: string; services: string; calendar: string };
  appointment_reminder: { name: string; when: string; services: string };
  estimate_sent: { name: string; vehicle: string; orderNumber: number; version: number; total: string; link: string };
  /** `pdf`: the invoice PDF, base64 (a secret field: sealed in the ledger, wiped once sent). */
  invoice_issued: { name: string; number: string; total: string; dueDate: string; pdf: string };
  car_ready: { name: string; vehicle: string };
}

export type MailTemplateName = keyof MailTemplateData;

// A Record over the union makes the compiler insist on every name, exactly once.
const TEMPLATE_NAMES: Readonly<Record<MailTemplateName, true>> = {
  email_verification: true,
  password_reset: true,
  staff_invitation: true,
  email_change: true,
  mfa_enabled: true,
  recovery_code_used: true,
  appointment_confirmation: true,
  appointment_rescheduled: true,
  appointment_cancelled: true,
  appointment_reminder: true,
  estimate_sent: true,
  invoice_issued: true,
  car_ready: true,
};

export const MAIL_TEMPLATE_NAMES: readonly MailTemplateName[] = Object.freeze(
  Object.keys(TEMPLATE_NAMES) as MailTemplateName[],
);

export function isMailLocale(value: string): value is MailLocale {
  return (MAIL_LOCALES as readonly string[]).includes(value);
}

/**
 * One template in one language, as Handlebars sources. `subject` and `reason` see only
 * `workshopName`, so a code or link can never reach a subject line. `reason` finishes the
 * footer's "you are receiving this e-mail because …" sentence. `html` is a body fragment; the
 * layout supplies the document, the workshop header and the footer.
 */
export interface LocalizedMailTemplate {
  subject: string;
  reason: string;
  text: string;
  html: string;
}

/** A file sent with a mail, built from the template's data when it is rendered. */
export interface MailAttachment {
  readonly filename: string;
  readonly contentType: string;
  readonly content: string;
  /** `base64` for binary files (a PDF); text files are given as they are. */
  readonly encoding?: 'base64';
}

export interface MailTemplateSource {
  /** Fixed values the sources may use beside the caller's data, such as a link's validity. */
  constants: Readonly<Record<string, number>>;
  /** Files to attach, derived from the data (an appointment's .ics); none when absent. */
  attachments?: (data: Readonly<Record<string, unknown>>) => MailAttachment[];
  locales: Readonly<Record<MailLocale, LocalizedMailTemplate>>;
}
