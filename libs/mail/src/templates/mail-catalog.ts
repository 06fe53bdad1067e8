import { appointmentCancelled } from './catalog/appointment-cancelled';
import { appointmentConfirmation } from './catalog/appointment-confirmation';
import { appointmentReminder } from './catalog/appointment-reminder';
import { appointmentRescheduled } from './catalog/appointment-rescheduled';
import { carReady } from './catalog/car-ready';
import { emailChange } from './catalog/email-change';
import { emailVerification } from './catalog/email-verification';
import { estimateSent } from './catalog/estimate-sent';
import { invoiceIssued } from './catalog/invoice-issued';
import { mfaEnabled } from './catalog/mfa-enabled';
import { passwordReset } from './catalog/password-reset';
import { recoveryCodeUsed } from './catalog/recovery-code-used';
import { staffInvitation } from './catalog/staff-invitation';
import type { MailTemplateName, MailTemplateSource } from './mail-template';

export const MAIL_CATALOG: Readonly<Record<MailTemplateName, MailTemplateSource>> = {
  email_verification: emailVerification,
  password_reset: passwordReset,
  staff_invitation: staffInvitation,
  email_change: emailChange,
  mfa_enabled: mfaEnabled,
  recovery_code_used: recoveryCodeUsed,
  appointment_confirmation: appointmentConfirmation,
  appointment_rescheduled: appointmentRescheduled,
  appointment_cancelled: appointmentCancelled,
  appointment_reminder: appointmentReminder,
  estimate_sent: estimateSent,
  invoice_issued: invoiceIssued,
  car_ready: carReady,
};
