import { createFileRoute } from '@tanstack/react-router';
import { AppointmentsCard } from '@/features/bookings/components/appointments-card';
import { RelatedInvoicesCard } from '@/features/invoices/components/related-invoices-card';
import { RelatedOrdersCard } from '@/features/orders/components/related-orders-card';
import { ClientPage } from '@/features/clients/components/client-page';
import { NotFoundInShell } from '../../../shell/not-found-page';

export const Route = createFileRoute('/_staff/clients/$clientId')({
  // On the API's 404 the page shows the app's "not found": missing and another workshop's look alike.
  component: function ClientRoute() {
    const { clientId } = Route.useParams();
    return (
      <ClientPage
        notFound={<NotFoundInShell />}
        appointments={<AppointmentsCard owner={{ clientId }} />}
        orders={<RelatedOrdersCard key={clientId} owner={{ clientId }} />}
        invoices={<RelatedInvoicesCard key={clientId} owner={{ clientId }} />}
      />
    );
  },
});
