import { Link } from '@tanstack/react-router';
import { FileText, ReceiptText } from 'lucide-react';
import { toast } from 'sonner';
import { useTranslation } from 'react-i18next';
import { $api } from '@/lib/api/api-client';
import { asProblem } from '@/lib/api/problem';
import { useWorkshopFormat } from '@/lib/i18n/use-workshop-format';
import { BillingDetailsMissing, missingBillingDetails } from '@/lib/invoicing/billing-details-missing';
import { roleAtLeast, useMe } from '@/lib/session/me';
import { Alert } from '@/ui/alert';
import { Badge } from '@/ui/badge';
import { Button } from '@/ui/button';
import { Card } from '@/ui/card';
import { LoadFailed } from '@/ui/load-failed';
import { LoadingRows } from '@/ui/skeleton';
import type { components } from '@/lib/api/schema.gen';
import { useRefreshOrder, type Order, type OrderStatus } from '../api/order-queries';
import { useInvoicesOfOrder, useRefreshRelated } from '../api/related-order-queries';
import { formatMoney } from '../utils/money';

type Invoice = components['schemas']['InvoiceResponse'];

/** Where an order can have an invoice: completed (issue it, or after a credit note again), invoiced, paid. */
const BILLABLE: readonly OrderStatus[] = ['completed', 'invoiced', 'paid'];

/**
 * The order's invoice: "Issue invoice" once the work is completed (owners and managers, as the
 * API allows), the missing billing details named with a link to the settings when the API refuses
 * for want of them, and then the invoice (and any credit note) to open.
 */
export function OrderInvoiceCard({ order }: { readonly order: Order }) {
  const { t } = useTranslation('orders');
  const me = useMe();
  if (!BILLABLE.includes(order.status) || !roleAtLeast(me.role, 'manager')) return null;
  return (
    <Card title={t('invoice.title')}>
      <OrderInvoices order={order} />
    </Card>
  );
}

function OrderInvoices({ order }: { readonly order: Order }) {
  const { t } = useTranslation('orders');
  const invoices = useInvoicesOfOrder(order.id);
  const refreshOrder = useRefreshOrder();
  const refreshRelated = useRefreshRelated();
  const issue = $api.useMutation('post', '/api/v1/repair-orders/{id}/invoice');
  const missing = missingBillingDetails(issue.error);

  const onIssue = () =>
    issue.mutate(
      { params: { path: { id: order.id } } },
      {
        onSuccess: (invoice) => {
          toast.success(t('invoice.issued', { number: invoice.number }));
          void refreshOrder();
          void refreshRelated();
        },
      },
    );

  if (invoices.isPending) return <LoadingRows label={t('invoice.loading')} rows={2} />;
  if (invoices.isError) {
    return <LoadFailed title={t('invoice.failed')} retryLabel={t('retry')} onRetry={() => void invoices.refetch()} />;
  }
  const items = invoices.data.items;
  // Completed again after a credit note reversed the last invoice: a new one may be issued.
  const mayIssue = order.status === 'completed';
  return (
    <div className="flex flex-col gap-3">
      {items.length > 0 ? (
        <ul className="flex flex-col divide-y divide-line">
          {items.map((invoice) => (
            <InvoiceRow key={invoice.id} invoice={invoice} />
          ))}
        </ul>
      ) : (
        <p className="text-sm text-ink-muted">{t(mayIssue ? 'invoice.ready' : 'invoice.none')}</p>
      )}
      {missing ? <BillingDetailsMissing error={issue.error} /> : null}
      {issue.isError && !missing ? (
        <Alert tone="danger" title={t('invoice.refused')}>
          {asProblem(issue.error)?.detail}
        </Alert>
      ) : null}
      {mayIssue ? (
        <Button className="self-start" busy={issue.isPending} onClick={onIssue}>
          <ReceiptText aria-hidden="true" className="size-4" />
          {t('invoice.issue')}
        </Button>
      ) : null}
    </div>
  );
}

function InvoiceRow({ invoice }: { readonly invoice: Invoice }) {
  const { t, i18n } = useTranslation('orders');
  const format = useWorkshopFormat();
  const creditNote = invoice.kind === 'credit_note';
  const state = creditNote ? null : invoice.creditNoteId ? 'credited' : invoice.paidOn ? 'paid' : null;
  return (
    <li className="flex flex-wrap items-center justify-between gap-2 py-2 first:pt-0 last:pb-0">
      <span className="flex min-w-0 flex-col gap-0.5">
        <Link
          to="/invoices/$invoiceId"
          params={{ invoiceId: invoice.id }}
          className="inline-flex items-center gap-2 py-1 font-semibold underline-offset-4 hover:underline"
        >
          <FileText aria-hidden="true" className="size-4 text-ink-muted" />
          {t(creditNote ? 'invoice.openCreditNote' : 'invoice.open', { number: invoice.number })}
        </Link>
        <span className="text-sm text-ink-muted">{t('invoice.issuedOn', { date: format.date(invoice.issuedAt) })}</span>
      </span>
      <span className="flex items-center gap-2">
        {state ? <Badge tone={state === 'paid' ? 'success' : 'neutral'}>{t(`invoice.states.${state}`)}</Badge> : null}
        <span className="font-semibold whitespace-nowrap tabular-nums">
          {formatMoney(invoice.totals.grossMinor, invoice.currency, i18n.language)}
        </span>
      </span>
    </li>
  );
}
