import { createFileRoute } from '@tanstack/react-router';
import { VehiclePage } from '@/features/vehicles/components/vehicle-page';
import { NotFoundPage } from '../../../shell/not-found-page';

export const Route = createFileRoute('/_staff/vehicles/$vehicleId')({
  component: VehiclePage,
  // The page throws notFound() on the API's 404: missing and another workshop's look the same.
  notFoundComponent: NotFoundPage,
});
