import type { z } from 'zod';
import { listSearchSchema } from '@/ui/list-search';

/** The API's sortable fields (`-` for descending), in the order the sort menu offers them. */
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
] as const;
export type VehicleSort = (typeof VEHICLE_SORTS)[number];
export const DEFAULT_VEHICLE_SORT: VehicleSort = '-createdAt';
export const VEHICLES_PER_PAGE = 20;

/** `/vehicles?q=&page=&sort=`: a bad value falls back to its default. */
export const vehicleListSearchSchema = listSearchSchema(VEHICLE_SORTS, DEFAULT_VEHICLE_SORT);
export type VehicleListSearch = z.output<typeof vehicleListSearchSchema>;
