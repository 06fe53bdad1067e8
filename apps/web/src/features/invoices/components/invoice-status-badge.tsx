import { useTranslation } from 'react-i18next';
import { Badge } from '@/ui/badge';
import { invoiceState, type Invoice } from '../utils/invoice-state';

const TONE = {
  creditNote: 'brand',
  credited: 'neutral',
  paid: 'success',
  overdue: 'danger',
  issued: 'warning',
} as const;

export function InvoiceStatusBadge({ invoice }: { readonly invoice: Invoice }) {
  const { t } = useTranslation('invoices');
  const state = invoiceState(invoice);
  return <Badge tone={TONE[state]}>{t(`state.${state}`)}</Badge>;
}

/** Whether the invoice mail reached the buyer's mail server, is on its way, or failed. */
export function MailBadge({ invoice }: { readonly invoice: Invoice }) {
  const { t } = useTranslation('invoices');
  if (!invoice.mail) return <span className="text-sm text-ink-muted">{t('mail.none')}</span>;
  const tone = invoice.mail.status === 'sent' ? 'success' : invoice.mail.status === 'failed' ? 'danger' : 'neutral';
  return <Badge tone={tone}>{t(`mail.${invoice.mail.status}`)}</Badge>;
}
