import { createFileRoute } from '@tanstack/react-router';
import { AppointmentsCard } from '@/features/bookings/components/appointments-card';
import { RelatedInvoicesCard } from '@/features/invoices/components/related-invoices-card';
import { RelatedOrdersCard } from '@/features/orders/components/related-orders-card';
import { VehiclePage } from '@/features/vehicles/components/vehicle-page';
import { NotFoundInShell } from '../../../shell/not-found-page';

export const Route = createFileRoute('/_staff/vehicles/$vehicleId')({
  // On the API's 404 the page shows the app's "not found": missing and another workshop's look alike.
  component: function VehicleRoute() {
    const { vehicleId } = Route.useParams();
    return (
      <VehiclePage
        notFound={<NotFoundInShell />}
        appointments={<AppointmentsCard owner={{ vehicleId }} />}
        orders={<RelatedOrdersCard key={vehicleId} owner={{ vehicleId }} />}
        invoices={<RelatedInvoicesCard key={vehicleId} owner={{ vehicleId }} />}
      />
    );
  },
});
