import { createFileRoute } from '@tanstack/react-router';
import { InvoiceListPage } from '@/features/invoices/components/invoice-list-page';
import { invoiceListSearchSchema } from '@/features/invoices/utils/invoice-list-search';

export const Route = createFileRoute('/_staff/invoices/')({
  validateSearch: invoiceListSearchSchema,
  component: InvoiceListPage,
});
