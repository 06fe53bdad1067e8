import { Link } from '@tanstack/react-router';
import { ChevronRight } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { roleAtLeast, useMe } from '@/lib/session/me';
import { Card } from '@/ui/card';
import { LoadFailed } from '@/ui/load-failed';
import { PlateChip } from '@/ui/plate-chip';
import { ShowMore, useGrowingLimit } from '@/ui/show-more';
import { LoadingRows } from '@/ui/skeleton';
import { useInvoicesOf, type InvoiceOwner } from '../api/related-invoice-queries';
import type { Invoice } from '../utils/invoice-state';
import { formatCalendarDate, formatMoney } from '../utils/money';
import { InvoiceStatusBadge } from './invoice-status-badge';

/**
 * The invoices and credit notes of a client or a vehicle, newest first: number, state (overdue
 * in red), issue and due dates, total; each opens its invoice. Owners and managers only, as the
 * API allows: a mechanic's page leaves the card out.
 */
export function RelatedInvoicesCard({ owner }: { readonly owner: InvoiceOwner }) {
  const me = useMe();
  if (!roleAtLeast(me.role, 'manager')) return null;
  return <InvoicesOf owner={owner} />;
}

function InvoicesOf({ owner }: { readonly owner: InvoiceOwner }) {
  const { t } = useTranslation('invoices');
  // Beyond the API's largest page the invoice list filtered by client takes over ("all").
  const growing = useGrowingLimit();
  const invoices = useInvoicesOf(owner, growing.limit);
  const items = invoices.data?.items ?? [];
  const total = invoices.data?.total ?? 0;
  const ofClient = 'clientId' in owner;
  const all =
    ofClient && total > 0 ? (
      <Link
        to="/invoices"
        search={{ clientId: owner.clientId }}
        className="py-1 text-sm underline-offset-4 hover:underline"
      >
        {t('related.all')}
      </Link>
    ) : undefined;
  return (
    <Card title={t('related.title')} actions={all}>
      {invoices.isPending ? (
        <LoadingRows label={t('related.loading')} rows={3} />
      ) : invoices.isError ? (
        <LoadFailed title={t('related.failed')} retryLabel={t('retry')} onRetry={() => void invoices.refetch()} />
      ) : total === 0 ? (
        <p className="text-sm text-ink-muted">{t(ofClient ? 'related.emptyClient' : 'related.emptyVehicle')}</p>
      ) : (
        <>
          <ul className="-mx-2 flex flex-col divide-y divide-line">
            {items.map((invoice) => (
              <RelatedInvoiceRow key={invoice.id} invoice={invoice} showVehicle={ofClient} />
            ))}
          </ul>
          <ShowMore
            growing={growing}
            shown={items.length}
            total={total}
            busy={invoices.isFetching}
            label={(count) => t('related.more', { count })}
          />
        </>
      )}
    </Card>
  );
}

function RelatedInvoiceRow({ invoice, showVehicle }: { readonly invoice: Invoice; readonly showVehicle: boolean }) {
  const { t, i18n } = useTranslation('invoices');
  const date = (value: string) => formatCalendarDate(value, i18n.language);
  const creditNote = invoice.kind === 'credit_note';
  return (
    <li>
      <Link
        to="/invoices/$invoiceId"
        params={{ invoiceId: invoice.id }}
        className="flex min-h-12 items-center gap-3 rounded-lg px-2 py-2 hover:bg-surface-2"
      >
        <span className="flex min-w-0 flex-1 flex-col gap-1">
          <span className="flex flex-wrap items-center gap-2">
            <span className="font-semibold tabular-nums">
              {creditNote ? t('list.creditNoteNumber', { number: invoice.number }) : invoice.number}
            </span>
            <InvoiceStatusBadge invoice={invoice} />
          </span>
          {showVehicle ? (
            <span className="flex flex-wrap items-center gap-2 text-sm">
              {invoice.vehicle.plate ? <PlateChip plate={invoice.vehicle.plate} /> : null}
              <span>
                {invoice.vehicle.make} {invoice.vehicle.model}
              </span>
            </span>
          ) : null}
          <span className="text-sm text-ink-muted">
            {t('related.issued', { date: date(invoice.issueDate) })}
            {creditNote ? null : (
              <>
                {' · '}
                <span className={invoice.overdue ? 'font-semibold text-danger' : undefined}>
                  {t('related.due', { date: date(invoice.dueDate) })}
                </span>
              </>
            )}
          </span>
        </span>
        <span className="shrink-0 text-end font-semibold whitespace-nowrap tabular-nums">
          <span className="sr-only">{t('related.total')} </span>
          {formatMoney(invoice.totals.grossMinor, invoice.currency, i18n.language)}
        </span>
        <ChevronRight aria-hidden="true" className="size-5 shrink-0 text-ink-muted" />
      </Link>
    </li>
  );
}
