import { createFileRoute } from '@tanstack/react-router';
import { VehicleListPage } from '@/features/vehicles/components/vehicle-list-page';
import { vehicleListSearchSchema } from '@/features/vehicles/utils/vehicle-list-search';

export const Route = createFileRoute('/_staff/vehicles/')({
  validateSearch: vehicleListSearchSchema,
  component: VehicleListPage,
});
