import type { MailAttachment, MailTemplateSource } from '../mail-template';
import { paragraphs } from './paragraphs';

/**
 * The invoice PDF, passed base64-encoded as `pdf` with its `number`. `pdf` is a secret field
 * (SECRET_FIELDS): sealed under the workshop's key in the ledger and wiped once sent, so the
 * ledger never holds the customer's invoice in clear.
 */
export function invoiceAttachment(data: Readonly<Record<string, unknown>>): MailAttachment[] {
  const { pdf, number } = data;
  if (typeof pdf !== 'string' || pdf.length === 0 || typeof number !== 'string') return [];
  return [
    {
      filename: `invoice-${number.replace(/[^0-9A-Za-z-]/g, '-')}.pdf`,
      contentType: 'application/pdf',
      content: pdf,
      encoding: 'base64',
    },
  ];
}

/** The customer's invoice, as a PDF attachment. */
export const invoiceIssued: MailTemplateSource = {
  constants: {},
  attachments: invoiceAttachment,
  locales: {
    en: {
      subject: 'Your invoice from {{workshopName}}',
      reason: '{{workshopName}} invoiced work on your car',
      text: paragraphs(
        'Hello {{name}},',
        'thank you for choosing {{workshopName}}. Invoice {{number}} for {{total}} is attached, due on {{dueDate}}.',
        'The payment details are on the invoice.',
      ),
      html: paragraphs(
        '<p>Hello {{name}},</p>',
        '<p>thank you for choosing {{workshopName}}. Invoice <strong>{{number}}</strong> for <strong>{{total}}</strong> is attached, due on {{dueDate}}.</p>',
        '<p>The payment details are on the invoice.</p>',
      ),
    },
    pl: {
      subject: 'Faktura od warsztatu {{workshopName}}',
      reason: 'warsztat {{workshopName}} wystawił fakturę za naprawę Twojego samochodu',
      text: paragraphs(
        'Dzień dobry {{name}},',
        'dziękujemy za wizytę w warsztacie {{workshopName}}. W załączniku przesyłamy fakturę {{number}} na kwotę {{total}}, płatną do {{dueDate}}.',
        'Dane do przelewu znajdują się na fakturze.',
      ),
      html: paragraphs(
        '<p>Dzień dobry {{name}},</p>',
        '<p>dziękujemy za wizytę w warsztacie {{workshopName}}. W załączniku przesyłamy fakturę <strong>{{number}}</strong> na kwotę <strong>{{total}}</strong>, płatną do {{dueDate}}.</p>',
        '<p>Dane do przelewu znajdują się na fakturze.</p>',
      ),
    },
    da: {
      subject: 'Din faktura fra {{workshopName}}',
      reason: '{{workshopName}} har faktureret arbejde på din bil',
      text: paragraphs(
        'Hej {{name}}',
        'tak fordi du valgte {{workshopName}}. Faktura {{number}} på {{total}} er vedhæftet og forfalder {{dueDate}}.',
        'Betalingsoplysningerne står på fakturaen.',
      ),
      html: paragraphs(
        '<p>Hej {{name}}</p>',
        '<p>tak fordi du valgte {{workshopName}}. Faktura <strong>{{number}}</strong> på <strong>{{total}}</strong> er vedhæftet og forfalder {{dueDate}}.</p>',
        '<p>Betalingsoplysningerne står på fakturaen.</p>',
      ),
    },
  },
};
