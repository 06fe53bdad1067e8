import type { z } from 'zod';
import type { components } from '@/lib/api/schema.gen';
import { listSearchSchema } from '@/ui/list-search';

/** Orders of the API's `VehicleSort` (`-` descending) the sort menu offers, in its order. */
export const VEHICLE_SORTS = [
  '-createdAt',
  'createdAt',
  'plate',
  'make',
  '-year',
  'year',
  '-mileageKm',
  'mileageKm',
  '-updatedAt',
] as const satisfies readonly components['schemas']['VehicleSort'][];
export type VehicleSort = (typeof VEHICLE_SORTS)[number];
export const DEFAULT_VEHICLE_SORT: VehicleSort = '-createdAt';
export const VEHICLES_PER_PAGE = 20;

/** `/vehicles?q=&page=&sort=`: a bad value falls back to its default. */
export const vehicleListSearchSchema = listSearchSchema(VEHICLE_SORTS, DEFAULT_VEHICLE_SORT);
export type VehicleListSearch = z.output<typeof vehicleListSearchSchema>;
