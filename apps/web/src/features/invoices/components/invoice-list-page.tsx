import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { ClipboardList } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { buttonClasses } from '@/ui/button';
import { EmptyState } from '@/ui/empty-state';
import { ListView } from '@/ui/list-view';
import { PageHeader } from '@/ui/page-header';
import { Pagination } from '@/ui/pagination';
import { ResponsiveTable, type TableColumn } from '@/ui/responsive-table';
import { RowCardLink } from '@/ui/row-card-link';
import { useInvoicePage } from '../api/invoice-queries';
import { formatCalendarDate, formatMoney } from '../utils/money';
import type { Invoice } from '../utils/invoice-state';
import { InvoiceFilters } from './invoice-filters';
import { InvoiceStatusBadge, MailBadge } from './invoice-status-badge';

/** `/invoices`: issued invoices and credit notes, newest first, filtered by what the URL says. */
export function InvoiceListPage() {
  const { t, i18n } = useTranslation('invoices');
  const search = useSearch({ from: '/_staff/invoices/' });
  const navigate = useNavigate({ from: '/invoices/' });
  const date = (value: string) => formatCalendarDate(value, i18n.language);
  const page = useInvoicePage(search);
  const rows = page.data?.items;
  const filtered = Boolean(
    search.number || search.from || search.to || search.clientId || search.status || search.overdue,
  );
  const clientName = search.clientId ? rows?.find((row) => row.clientId === search.clientId)?.buyer.name : undefined;
  const money = (invoice: Invoice) => formatMoney(invoice.totals.grossMinor, invoice.currency, i18n.language);

  const numberLink = (invoice: Invoice) => (
    <Link
      to="/invoices/$invoiceId"
      params={{ invoiceId: invoice.id }}
      className="inline-block py-1 font-medium whitespace-nowrap underline-offset-4 hover:underline"
    >
      {invoice.kind === 'credit_note' ? t('list.creditNoteNumber', { number: invoice.number }) : invoice.number}
    </Link>
  );
  const buyer = (invoice: Invoice) =>
    invoice.clientId && invoice.buyer.name ? (
      <Link
        to="/invoices"
        search={{ clientId: invoice.clientId }}
        className="inline-block py-1 underline-offset-4 hover:underline"
        aria-label={t('list.onlyClient', { name: invoice.buyer.name })}
      >
        {invoice.buyer.name}
      </Link>
    ) : (
      <span className="text-ink-muted">{invoice.buyer.name ?? t('list.erased')}</span>
    );

  const columns: TableColumn<Invoice>[] = [
    { header: t('list.columns.number'), cell: numberLink },
    { header: t('list.columns.client'), cell: buyer },
    {
      header: t('list.columns.issued'),
      cell: (invoice) => date(invoice.issueDate),
      className: 'whitespace-nowrap',
    },
    {
      header: t('list.columns.due'),
      cell: (invoice) => (invoice.kind === 'invoice' ? date(invoice.dueDate) : '—'),
      className: 'whitespace-nowrap',
    },
    { header: t('list.columns.total'), cell: money, className: 'whitespace-nowrap text-end tabular-nums' },
    { header: t('list.columns.status'), cell: (invoice) => <InvoiceStatusBadge invoice={invoice} /> },
    { header: t('list.columns.mail'), cell: (invoice) => <MailBadge invoice={invoice} /> },
  ];

  return (
    <>
      <PageHeader title={t('list.title')} description={t('list.description')} />
      <InvoiceFilters clientName={clientName} />
      <ListView
        rows={rows}
        failed={page.isError}
        fetching={page.isFetching}
        labels={{ loading: t('list.loading'), failed: t('list.failed'), retry: t('retry') }}
        onRetry={() => void page.refetch()}
        summary={t('list.total', { count: page.data?.total ?? 0 })}
        empty={
          <EmptyState
            title={filtered ? t('list.noMatches') : t('list.empty')}
            action={
              filtered ? (
                <button
                  type="button"
                  className={buttonClasses('secondary')}
                  onClick={() => void navigate({ search: {}, replace: true })}
                >
                  {t('filters.clear')}
                </button>
              ) : (
                <Link to="/orders" className={buttonClasses('secondary')}>
                  <ClipboardList aria-hidden="true" className="size-4" />
                  {t('list.toOrders')}
                </Link>
              )
            }
          >
            {filtered ? t('list.noMatchesHint') : t('list.emptyHint')}
          </EmptyState>
        }
      >
        {(shown) => (
          <>
            <ResponsiveTable
              rows={shown}
              rowKey={(invoice) => invoice.id}
              caption={t('list.title')}
              columns={columns}
              card={(invoice) => (
                <RowCardLink>
                  <Link to="/invoices/$invoiceId" params={{ invoiceId: invoice.id }}>
                    <span className="flex min-w-0 flex-1 flex-col gap-1">
                      <span className="flex flex-wrap items-center justify-between gap-2">
                        <span className="font-medium">
                          {invoice.kind === 'credit_note'
                            ? t('list.creditNoteNumber', { number: invoice.number })
                            : invoice.number}
                        </span>
                        <span className="font-medium tabular-nums">{money(invoice)}</span>
                      </span>
                      <span className="truncate text-sm text-ink-muted">
                        {[invoice.buyer.name ?? t('list.erased'), date(invoice.issueDate)].join(' · ')}
                      </span>
                      <span className="flex flex-wrap gap-2">
                        <InvoiceStatusBadge invoice={invoice} />
                        <MailBadge invoice={invoice} />
                      </span>
                    </span>
                  </Link>
                </RowCardLink>
              )}
            />
            {page.data ? (
              <Pagination
                page={page.data.page}
                limit={page.data.limit}
                total={page.data.total}
                onPage={(next) =>
                  void navigate({ search: (prev) => ({ ...prev, page: next === 1 ? undefined : next }) })
                }
              />
            ) : null}
          </>
        )}
      </ListView>
    </>
  );
}
