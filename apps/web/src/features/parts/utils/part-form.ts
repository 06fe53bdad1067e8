import { z } from 'zod';
import type { components } from '@/lib/api/schema.gen';
import { minorToInput, parseMoneyToMinor, parseReorderPoint, parseVatRateBp, vatRateToInput } from './money';

type Part = components['schemas']['PartResponse'];
export type CreatePartBody = components['schemas']['CreatePartDto'];
export type UpdatePartBody = components['schemas']['UpdatePartDto'];

/** The part form's values as typed; messages are keys of the `parts` namespace. */
export const partFormSchema = z.object({
  partNumber: z.string().trim().min(1, 'form.errors.required').max(64, 'form.errors.tooLong'),
  name: z.string().trim().min(1, 'form.errors.required').max(200, 'form.errors.tooLong'),
  brand: z.string().trim().max(100, 'form.errors.tooLong'),
  price: z.string().refine((value) => parseMoneyToMinor(value) !== undefined, 'form.errors.money'),
  cost: z.string().refine((value) => parseMoneyToMinor(value) !== undefined, 'form.errors.money'),
  vatRate: z.string().refine((value) => parseVatRateBp(value) !== undefined, 'form.errors.vatRate'),
  reorderPoint: z.string().refine((value) => parseReorderPoint(value) !== undefined, 'form.errors.wholeUnits'),
  location: z.string().trim().max(100, 'form.errors.tooLong'),
  active: z.boolean(),
});
export type PartFormValues = z.infer<typeof partFormSchema>;

export const PART_FORM_FIELDS = [
  'partNumber',
  'name',
  'brand',
  'price',
  'cost',
  'vatRate',
  'reorderPoint',
  'location',
  'active',
] as const;

/** The API's field names on the form's fields, for its 400 and 409 `errors[]`. */
export const API_FIELD: Record<string, (typeof PART_FORM_FIELDS)[number]> = {
  partNumber: 'partNumber',
  name: 'name',
  brand: 'brand',
  priceMinor: 'price',
  costMinor: 'cost',
  vatRateBp: 'vatRate',
  reorderPoint: 'reorderPoint',
  location: 'location',
  active: 'active',
};

export function emptyPartForm(defaultVatBp: number, decimalSeparator: string): PartFormValues {
  return {
    partNumber: '',
    name: '',
    brand: '',
    price: '',
    cost: '',
    vatRate: vatRateToInput(defaultVatBp, decimalSeparator),
    reorderPoint: '0',
    location: '',
    active: true,
  };
}

export function partFormOf(part: Part, decimalSeparator: string): PartFormValues {
  return {
    partNumber: part.partNumber,
    name: part.name,
    brand: part.brand ?? '',
    price: minorToInput(part.priceMinor, decimalSeparator),
    cost: minorToInput(part.costMinor, decimalSeparator),
    vatRate: vatRateToInput(part.vatRateBp, decimalSeparator),
    reorderPoint: String(part.reorderPoint),
    location: part.location ?? '',
    active: part.active,
  };
}

/** A valid form (the schema passed) as the API's create body: money in minor units. */
export function toCreatePart(values: PartFormValues): CreatePartBody {
  return {
    partNumber: values.partNumber.trim(),
    name: values.name.trim(),
    brand: values.brand.trim() || null,
    priceMinor: parseMoneyToMinor(values.price)!,
    costMinor: parseMoneyToMinor(values.cost)!,
    vatRateBp: parseVatRateBp(values.vatRate)!,
    reorderPoint: parseReorderPoint(values.reorderPoint)!,
    location: values.location.trim() || null,
    active: values.active,
  };
}

/** Only what changed, as the API's PATCH body. */
export function toPartPatch(part: Part, values: PartFormValues): UpdatePartBody {
  const next = toCreatePart(values);
  const patch: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(next)) {
    if (part[key as keyof Part] !== value) patch[key] = value;
  }
  return patch;
}
