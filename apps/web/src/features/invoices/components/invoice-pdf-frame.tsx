import { Download, ExternalLink } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { buttonClasses } from '@/ui/button';
import { Card } from '@/ui/card';
import { LoadFailed } from '@/ui/load-failed';
import { Skeleton } from '@/ui/skeleton';
import { useInvoicePdf } from '../api/invoice-queries';
import { useInlinePdf } from '../hooks/use-inline-pdf';
import { pdfFileName, type Invoice } from '../utils/invoice-state';

/**
 * The PDF as issued, shown in the page and downloadable. It is fetched with the access token in
 * the Authorization header and shown from a Blob URL: the token never appears in a URL. It is
 * fetched again when a payment changes the document's state. Phones get no frame (their browsers
 * draw an empty box): "Open PDF" hands the file to the phone's own viewer, "Download PDF" saves it.
 */
export function InvoicePdfFrame({ invoice }: { readonly invoice: Invoice }) {
  const { t } = useTranslation('invoices');
  const pdf = useInvoicePdf(invoice.id, `${invoice.paidOn ?? ''}:${invoice.creditNoteId ?? ''}`);
  const name = pdfFileName(invoice);
  const inline = useInlinePdf();
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
      ) : pdf.url && !inline ? (
        <div className="flex flex-col gap-3">
          <p className="text-sm text-ink-muted">{t('pdf.phone')}</p>
          <a href={pdf.url} target="_blank" rel="noopener" className={buttonClasses('primary', 'md', 'w-full')}>
            <ExternalLink aria-hidden="true" className="size-4" />
            {t('pdf.open')}
            <span className="sr-only">{name}</span>
          </a>
        </div>
      ) : pdf.url ? (
        <iframe
          src={pdf.url}
          title={t('pdf.frame', { number: invoice.number })}
          className="h-[70dvh] min-h-96 w-full rounded-lg border border-line bg-white"
        />
      ) : (
        <div role="status" aria-label={t('pdf.loading')}>
          <Skeleton className={inline ? 'h-[70dvh] min-h-96 w-full' : 'h-11 w-full'} />
        </div>
      )}
    </Card>
  );
}
