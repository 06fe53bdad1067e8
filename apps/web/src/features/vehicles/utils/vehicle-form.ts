import { z } from 'zod';
import type { components } from '@/lib/api/schema.gen';
import { FUEL_TYPES } from './fuel-types';
import { normalizeVin, vinFeedback } from './vin';

type CreateVehicleBody = components['schemas']['CreateVehicleDto'];
type UpdateVehicleBody = components['schemas']['UpdateVehicleDto'];
type Vehicle = components['schemas']['VehicleResponse'];

/** The API's bounds (libs/garage/src/vehicles/dto). */
const MAX_MILEAGE_KM = 5_000_000;
const FIRST_YEAR = 1900;

/** Messages are keys in the `vehicles` namespace, translated where they are shown. */
export const FIELD_ERRORS = {
  required: 'form.errors.required',
  tooLong: 'form.errors.tooLong',
  plate: 'form.errors.plate',
  year: 'form.errors.year',
  mileage: 'form.errors.mileage',
  vinLength: 'form.errors.vinLength',
  vinCharacters: 'form.errors.vinCharacters',
  vinCheckDigit: 'form.errors.vinCheckDigit',
} as const;

/** "154 000", "154.000" and "154,000" are all 154000 km: people type the grouping they know. */
export function parseMileage(text: string): number | null | undefined {
  const digits = text.trim().replace(/[\s.,'’\u00a0\u202f]/g, '');
  if (digits === '') return null;
  if (!/^\d+$/.test(digits)) return undefined;
  const km = Number(digits);
  return km <= MAX_MILEAGE_KM ? km : undefined;
}

export function parseYear(text: string): number | null | undefined {
  const value = text.trim();
  if (value === '') return null;
  if (!/^\d{4}$/.test(value)) return undefined;
  const year = Number(value);
  return year >= FIRST_YEAR && year <= new Date().getFullYear() + 1 ? year : undefined;
}

const optionalText = (max: number) => z.string().trim().max(max, FIELD_ERRORS.tooLong);
const requiredText = (max: number) => optionalText(max).min(1, FIELD_ERRORS.required);

/** The vehicle's own fields, as typed: text everywhere, numbers read on the way out. */
export const vehicleFieldsSchema = z.object({
  plate: optionalText(20).refine((plate) => plate === '' || /[\p{L}\p{N}]/u.test(plate), FIELD_ERRORS.plate),
  vin: z.string().superRefine((vin, context) => {
    const feedback = vinFeedback(vin);
    const message =
      feedback.kind === 'short' || feedback.kind === 'long'
        ? FIELD_ERRORS.vinLength
        : feedback.kind === 'characters'
          ? FIELD_ERRORS.vinCharacters
          : feedback.kind === 'check_digit'
            ? FIELD_ERRORS.vinCheckDigit
            : undefined;
    if (message) context.addIssue({ code: 'custom', message });
  }),
  make: requiredText(60),
  model: requiredText(60),
  year: z.string().refine((year) => parseYear(year) !== undefined, FIELD_ERRORS.year),
  engine: optionalText(60),
  fuelType: z.enum([...FUEL_TYPES, '']),
  mileageKm: z.string().refine((mileage) => parseMileage(mileage) !== undefined, FIELD_ERRORS.mileage),
});

export type VehicleFieldValues = z.input<typeof vehicleFieldsSchema>;

export const EMPTY_VEHICLE_FIELDS: VehicleFieldValues = {
  plate: '',
  vin: '',
  make: '',
  model: '',
  year: '',
  engine: '',
  fuelType: '',
  mileageKm: '',
};

/** The vehicle part of a create request: empty fields are left out. */
export function toCreateVehicleFields(values: VehicleFieldValues): Omit<CreateVehicleBody, 'client' | 'clientId'> {
  const year = parseYear(values.year);
  const mileageKm = parseMileage(values.mileageKm);
  return {
    make: values.make.trim(),
    model: values.model.trim(),
    ...(values.plate.trim() ? { plate: values.plate.trim() } : {}),
    ...(values.vin.trim() ? { vin: normalizeVin(values.vin) } : {}),
    ...(year ? { year } : {}),
    ...(values.engine.trim() ? { engine: values.engine.trim() } : {}),
    ...(values.fuelType ? { fuelType: values.fuelType } : {}),
    ...(mileageKm != null ? { mileageKm } : {}),
  };
}

/** The form, filled from the vehicle as it is (the VIN field stays empty: typing one replaces it). */
export function fieldsOf(vehicle: Vehicle): VehicleFieldValues {
  return {
    plate: vehicle.plate ?? '',
    vin: '',
    make: vehicle.make,
    model: vehicle.model,
    year: vehicle.year === null ? '' : String(vehicle.year),
    engine: vehicle.engine ?? '',
    fuelType: vehicle.fuelType ?? '',
    mileageKm: vehicle.mileageKm === null ? '' : String(vehicle.mileageKm),
  };
}

/**
 * Only what changed, `null` for what was cleared. The mileage cannot be cleared (the API keeps the
 * last reading); a lower one goes only with `mileageOverride`.
 */
export function toVehiclePatch(
  vehicle: Vehicle,
  values: VehicleFieldValues,
  mileageOverride: boolean,
): UpdateVehicleBody {
  const patch: UpdateVehicleBody = {};
  const plate = values.plate.trim() || null;
  if (plate !== vehicle.plate) patch.plate = plate;
  if (values.vin.trim()) patch.vin = normalizeVin(values.vin);
  if (values.make.trim() !== vehicle.make) patch.make = values.make.trim();
  if (values.model.trim() !== vehicle.model) patch.model = values.model.trim();
  const year = parseYear(values.year) ?? null;
  if (year !== vehicle.year) patch.year = year;
  const engine = values.engine.trim() || null;
  if (engine !== vehicle.engine) patch.engine = engine;
  const fuelType = values.fuelType || null;
  if (fuelType !== vehicle.fuelType) patch.fuelType = fuelType;
  const mileageKm = parseMileage(values.mileageKm);
  if (mileageKm != null && mileageKm !== vehicle.mileageKm) {
    patch.mileageKm = mileageKm;
    if (vehicle.mileageKm !== null && mileageKm < vehicle.mileageKm && mileageOverride) patch.mileageOverride = true;
  }
  return patch;
}

/** Whether the typed mileage is below the recorded one: the form then asks to confirm the correction. */
export function lowersMileage(vehicle: Vehicle, mileageText: string): boolean {
  const mileageKm = parseMileage(mileageText);
  return mileageKm != null && vehicle.mileageKm !== null && mileageKm < vehicle.mileageKm;
}
