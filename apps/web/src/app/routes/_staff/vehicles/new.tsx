import { createFileRoute } from '@tanstack/react-router';
import { NewVehiclePage } from '@/features/vehicles/components/new-vehicle-page';
import { newVehicleSearchSchema } from '@/features/vehicles/utils/new-vehicle-search';

export const Route = createFileRoute('/_staff/vehicles/new')({
  validateSearch: newVehicleSearchSchema,
  component: NewVehiclePage,
});
