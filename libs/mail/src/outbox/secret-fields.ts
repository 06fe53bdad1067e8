import { MailTemplateData, MailTemplateName } from '../templates/mail-template';

/**
 * The variables of each template that must never sit in clear in the ledger, a queue or a
 * log: they are sealed under the workshop's key until the mail is sent, then wiped.
 */
export const SECRET_FIELDS: { readonly [T in MailTemplateName]: readonly (keyof MailTemplateData[T])[] } = {
  email_verification: ['link'],
  password_reset: ['code'],
  staff_invitation: ['link'],
  email_change: ['link'],
  mfa_enabled: [],
  recovery_code_used: [],
  appointment_confirmation: ['manageLink'],
  appointment_rescheduled: [],
  appointment_cancelled: [],
  appointment_reminder: [],
  estimate_sent: ['link'],
  invoice_issued: ['pdf'],
  car_ready: [],
};
