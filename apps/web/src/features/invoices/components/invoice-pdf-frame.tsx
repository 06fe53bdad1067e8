import { Download } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { buttonClasses } from '@/ui/button';
import { Card } from '@/ui/card';
import { LoadFailed } from '@/ui/load-failed';
import { Skeleton } from '@/ui/skeleton';
import { useInvoicePdf } from '../api/invoice-queries';
import { pdfFileName, type Invoice } from '../utils/invoice-state';

/**
 * The PDF as issued, shown in the page and downloadable. It is fetched with the access token in
 * the Authorization header and shown from a Blob URL: the token never appears in a URL. It is
 * fetched again when a payment changes the document's state.
 */
export function InvoicePdfFrame({ invoice }: { readonly invoice: Invoice }) {
  const { t } = useTranslation('invoices');
  const pdf = useInvoicePdf(invoice.id, `${invoice.paidOn ?? ''}:${invoice.creditNoteId ?? ''}`);
  const name = pdfFileName(invoice);
  return (
    <Card
      title={t('pdf.title')}
      actions={
        pdf.url ? (
          <a href={pdf.url} download={name} className={buttonClasses('secondary', 'sm')}>
            <Download aria-hidden="true" className="size-4" />
            {t('pdf.download')}
            <span className="sr-only">{name}</span>
          </a>
        ) : null
      }
    >
      {pdf.isError ? (
        <LoadFailed title={t('pdf.failed')} retryLabel={t('retry')} onRetry={() => void pdf.refetch()} />
      ) : pdf.url ? (
        <iframe
          src={pdf.url}
          title={t('pdf.frame', { number: invoice.number })}
          className="h-[70dvh] min-h-96 w-full rounded-lg border border-line bg-white"
        />
      ) : (
        <div role="status" aria-label={t('pdf.loading')}>
          <Skeleton className="h-[70dvh] min-h-96 w-full" />
        </div>
      )}
    </Card>
  );
}
