import { Link, useParams } from '@tanstack/react-router';
import { Banknote, FileMinus } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BackLink } from '@/ui/back-link';
import { Button } from '@/ui/button';
import { Card } from '@/ui/card';
import { DetailItem } from '@/ui/detail-item';
import { PageHeader } from '@/ui/page-header';
import { RecordLoader } from '@/ui/record-loader';
import { isNotFound, useInvoice } from '../api/invoice-queries';
import { formatCalendarDate, formatMoney, formatVatRate, intlLocale } from '../utils/money';
import { isCreditable, isPayable, type Invoice } from '../utils/invoice-state';
import { CreditNoteDialog } from './credit-note-dialog';
import { DocumentTableHead } from './document-table-head';
import { InvoicePdfFrame } from './invoice-pdf-frame';
import { InvoiceStatusBadge, MailBadge } from './invoice-status-badge';
import { RecordPaymentDialog } from './record-payment-dialog';

/** `/invoices/$invoiceId`: the document as issued, its PDF, and what can still happen to it. */
export function InvoicePage({ notFound }: { readonly notFound: ReactNode }) {
  const { t } = useTranslation('invoices');
  const { invoiceId } = useParams({ from: '/_staff/invoices/$invoiceId' });
  return (
    <RecordLoader
      query={useInvoice(invoiceId)}
      isNotFound={isNotFound}
      notFound={notFound}
      labels={{ loading: t('page.loading'), failed: t('page.failed'), retry: t('retry') }}
      rows={8}
    >
      {(invoice) => <InvoiceDetails invoice={invoice} />}
    </RecordLoader>
  );
}

function InvoiceDetails({ invoice }: { readonly invoice: Invoice }) {
  const { t, i18n } = useTranslation('invoices');
  const [dialog, setDialog] = useState<'pay' | 'credit'>();
  const money = (minor: number) => formatMoney(minor, invoice.currency, i18n.language);
  const date = (value: string) => formatCalendarDate(value, i18n.language);
  const creditNote = invoice.kind === 'credit_note';
  const title = creditNote
    ? t('page.creditNoteTitle', { number: invoice.number })
    : t('page.title', { number: invoice.number });

  return (
    <>
      <BackLink>
        <Link to="/invoices">{t('page.back')}</Link>
      </BackLink>
      <PageHeader
        title={title}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <InvoiceStatusBadge invoice={invoice} />
            {creditNote ? null : <MailBadge invoice={invoice} />}
          </span>
        }
        actions={
          <>
            {isPayable(invoice) ? (
              <Button onClick={() => setDialog('pay')}>
                <Banknote aria-hidden="true" className="size-4" />
                {t('payment.open')}
              </Button>
            ) : null}
            {isCreditable(invoice) ? (
              <Button variant="secondary" onClick={() => setDialog('credit')}>
                <FileMinus aria-hidden="true" className="size-4" />
                {t('credit.open')}
              </Button>
            ) : null}
          </>
        }
      />
      <div className="grid gap-4 xl:grid-cols-5">
        <div className="flex min-w-0 flex-col gap-4 xl:col-span-3">
          <Card title={t('page.details')}>
            <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2">
              <DetailItem term={t('page.buyer')}>
                {invoice.clientId && invoice.buyer.name ? (
                  <Link
                    to="/clients/$clientId"
                    params={{ clientId: invoice.clientId }}
                    className="py-1 underline-offset-4 hover:underline"
                  >
                    {invoice.buyer.name}
                  </Link>
                ) : (
                  (invoice.buyer.name ?? <span className="font-normal text-ink-muted">{t('list.erased')}</span>)
                )}
              </DetailItem>
              <DetailItem term={t('page.order')}>
                {/* A plain link: the order page's route belongs to the orders feature, built alongside. */}
                <Link
                  to="/orders/$orderId"
                  params={{ orderId: invoice.repairOrderId }}
                  className="py-1 underline-offset-4 hover:underline"
                >
                  {invoice.repairOrderNumber === null
                    ? t('page.openOrder')
                    : t('page.orderNumber', { number: invoice.repairOrderNumber })}
                </Link>
              </DetailItem>
              <DetailItem term={t('page.vehicle')}>
                <Link
                  to="/vehicles/$vehicleId"
                  params={{ vehicleId: invoice.vehicleId }}
                  className="py-1 underline-offset-4 hover:underline"
                >
                  {[invoice.vehicle.plate, invoice.vehicle.make, invoice.vehicle.model].filter(Boolean).join(' · ')}
                </Link>
              </DetailItem>
              <DetailItem term={t('page.issueDate')}>{date(invoice.issueDate)}</DetailItem>
              <DetailItem term={t('page.saleDate')}>{date(invoice.saleDate)}</DetailItem>
              {creditNote ? (
                <>
                  <DetailItem term={t('page.reason')} wide>
                    <p className="whitespace-pre-line">{invoice.reason}</p>
                  </DetailItem>
                  {invoice.correctsInvoiceId ? (
                    <DetailItem term={t('page.corrects')}>
                      <Link
                        to="/invoices/$invoiceId"
                        params={{ invoiceId: invoice.correctsInvoiceId }}
                        className="py-1 underline-offset-4 hover:underline"
                      >
                        {t('page.openCorrected')}
                      </Link>
                    </DetailItem>
                  ) : null}
                </>
              ) : (
                <>
                  <DetailItem term={t('page.dueDate')}>{date(invoice.dueDate)}</DetailItem>
                  <DetailItem term={t('page.payment')}>
                    {invoice.paidOn && invoice.paymentMethod
                      ? t('page.paidOn', {
                          date: date(invoice.paidOn),
                          method: t(`payment.methods.${invoice.paymentMethod}`),
                        })
                      : t('page.unpaid')}
                  </DetailItem>
                  {invoice.creditNoteId ? (
                    <DetailItem term={t('page.creditedBy')}>
                      <Link
                        to="/invoices/$invoiceId"
                        params={{ invoiceId: invoice.creditNoteId }}
                        className="py-1 underline-offset-4 hover:underline"
                      >
                        {t('page.openCreditNote')}
                      </Link>
                    </DetailItem>
                  ) : null}
                </>
              )}
            </dl>
          </Card>
          <Card title={t('page.lines')}>
            {/* Scrolls sideways on a phone: focusable and named, so a keyboard can scroll it too. */}
            <div
              role="region"
              aria-label={t('page.lines')}
              tabIndex={0}
              className="-mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0"
            >
              <table className="w-full min-w-[32rem] text-sm">
                <DocumentTableHead
                  caption={t('page.lines')}
                  labels={[
                    t('page.columns.description'),
                    t('page.columns.quantity'),
                    t('page.columns.unitPrice'),
                    t('page.columns.vat'),
                    t('page.columns.net'),
                  ]}
                />
                <tbody>
                  {invoice.lines.map((line) => (
                    <tr key={line.id} className="border-b border-line last:border-0">
                      <td className="py-2 pe-3">{line.description}</td>
                      <td className="px-3 py-2 text-end tabular-nums">
                        {new Intl.NumberFormat(intlLocale(i18n.language)).format(line.quantity)}
                      </td>
                      <td className="px-3 py-2 text-end whitespace-nowrap tabular-nums">
                        {money(line.unitPriceMinor)}
                      </td>
                      <td className="px-3 py-2 text-end tabular-nums">
                        {formatVatRate(line.vatRateBp, i18n.language)}
                      </td>
                      <td className="py-2 ps-3 text-end whitespace-nowrap tabular-nums">{money(line.netMinor)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </Card>
          <Card title={t('page.vatSummary')}>
            <table className="w-full text-sm">
              <DocumentTableHead
                caption={t('page.vatSummary')}
                labels={[t('page.columns.rate'), t('page.columns.net'), t('page.columns.vatAmount')]}
              />
              <tbody>
                {invoice.totals.vat.map((row) => (
                  <tr key={row.vatRateBp} className="border-b border-line">
                    <th scope="row" className="py-2 pe-3 text-start font-normal">
                      {formatVatRate(row.vatRateBp, i18n.language)}
                    </th>
                    <td className="px-3 py-2 text-end whitespace-nowrap tabular-nums">{money(row.netMinor)}</td>
                    <td className="py-2 ps-3 text-end whitespace-nowrap tabular-nums">{money(row.vatMinor)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" className="py-2 pe-3 text-start font-semibold">
                    {t('page.total')}
                  </th>
                  <td className="px-3 py-2 text-end whitespace-nowrap tabular-nums">
                    {money(invoice.totals.netMinor)}
                  </td>
                  <td className="py-2 ps-3 text-end whitespace-nowrap tabular-nums">
                    {money(invoice.totals.vatMinor)}
                  </td>
                </tr>
              </tfoot>
            </table>
            <p className="mt-3 flex items-baseline justify-between gap-3 border-t border-line pt-3 text-base font-semibold">
              <span>{creditNote ? t('page.grossCredit') : t('page.gross')}</span>
              <span className="tabular-nums">{money(invoice.totals.grossMinor)}</span>
            </p>
          </Card>
        </div>
        <div className="flex min-w-0 flex-col gap-4 xl:col-span-2">
          <InvoicePdfFrame invoice={invoice} />
        </div>
      </div>
      {isPayable(invoice) ? (
        <RecordPaymentDialog
          invoice={invoice}
          open={dialog === 'pay'}
          onOpenChange={(open) => setDialog(open ? 'pay' : undefined)}
        />
      ) : null}
      {isCreditable(invoice) ? (
        <CreditNoteDialog
          invoice={invoice}
          open={dialog === 'credit'}
          onOpenChange={(open) => setDialog(open ? 'credit' : undefined)}
        />
      ) : null}
    </>
  );
}
