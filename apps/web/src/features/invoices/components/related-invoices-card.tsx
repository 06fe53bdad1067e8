import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { roleAtLeast, useMe } from '@/lib/session/me';
import { Card } from '@/ui/card';
import { RelatedList } from '@/ui/related-list';
import { RelatedRow } from '@/ui/related-row';
import { useGrowingLimit } from '@/ui/show-more';
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
      <RelatedList
        query={invoices}
        growing={growing}
        shown={items.length}
        total={total}
        text={(key, values) => t(`related.${key}`, values)}
        retryLabel={t('retry')}
        empty={<p className="text-sm text-ink-muted">{t(ofClient ? 'related.emptyClient' : 'related.emptyVehicle')}</p>}
      >
        {items.map((invoice) => (
          <RelatedInvoiceRow key={invoice.id} invoice={invoice} showVehicle={ofClient} />
        ))}
      </RelatedList>
    </Card>
  );
}

function RelatedInvoiceRow({ invoice, showVehicle }: { readonly invoice: Invoice; readonly showVehicle: boolean }) {
  const { t, i18n } = useTranslation('invoices');
  const date = (value: string) => formatCalendarDate(value, i18n.language);
  const creditNote = invoice.kind === 'credit_note';
  return (
    <RelatedRow
      heading={
        <>
          <span className="font-semibold tabular-nums">
            {creditNote ? t('list.creditNoteNumber', { number: invoice.number }) : invoice.number}
          </span>
          <InvoiceStatusBadge invoice={invoice} />
        </>
      }
      vehicle={showVehicle ? invoice.vehicle : undefined}
      details={
        <>
          {t('related.issued', { date: date(invoice.issueDate) })}
          {creditNote ? null : (
            <>
              {' · '}
              <span className={invoice.overdue ? 'font-semibold text-danger' : undefined}>
                {t('related.due', { date: date(invoice.dueDate) })}
              </span>
            </>
          )}
        </>
      }
      totalLabel={t('related.total')}
      total={formatMoney(invoice.totals.grossMinor, invoice.currency, i18n.language)}
    >
      <Link to="/invoices/$invoiceId" params={{ invoiceId: invoice.id }} />
    </RelatedRow>
  );
}
