import { createFileRoute } from '@tanstack/react-router';
import { InvoicePage } from '@/features/invoices/components/invoice-page';
import { NotFoundInShell } from '../../../shell/not-found-page';

export const Route = createFileRoute('/_staff/invoices/$invoiceId')({
  // On the API's 404 the page shows the app's "not found": missing and another workshop's look alike.
  component: () => <InvoicePage notFound={<NotFoundInShell />} />,
});
