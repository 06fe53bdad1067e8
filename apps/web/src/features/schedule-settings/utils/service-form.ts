import { z } from 'zod';
import type { components } from '@/lib/api/schema.gen';
import { wholeNumber } from './durations';
import { minorToInput, parseMoney, parseVatPercent, vatToInput } from './money';

export type Service = components['schemas']['ServiceOfferingResponse'];
export type ServiceBody = components['schemas']['CreateServiceDto'];

/** The service form; money and VAT as typed, checked by the same parsers that convert them. */
export function serviceSchema(fractionDigits: number) {
  return z.object({
    name: z.string().trim().min(1).max(120),
    description: z.string().trim().max(2000),
    durationMinutes: z.string().refine((text) => {
      const minutes = wholeNumber(text);
      return minutes !== null && minutes >= 5 && minutes <= 1440;
    }),
    priceMinor: z.string().refine((text) => parseMoney(text, fractionDigits) !== null),
    vatRateBp: z.string().refine((text) => parseVatPercent(text) !== null),
    active: z.boolean(),
    bookableOnline: z.boolean(),
  });
}
export type ServiceValues = z.infer<ReturnType<typeof serviceSchema>>;
export const SERVICE_FIELDS = [
  'name',
  'description',
  'durationMinutes',
  'priceMinor',
  'vatRateBp',
  'active',
  'bookableOnline',
] as const;

export function serviceValuesOf(service: Service | undefined, fractionDigits: number, mark: string): ServiceValues {
  if (!service) {
    return {
      name: '',
      description: '',
      durationMinutes: '60',
      priceMinor: '',
      vatRateBp: '',
      active: true,
      bookableOnline: true,
    };
  }
  return {
    name: service.name,
    description: service.description ?? '',
    durationMinutes: String(service.durationMinutes),
    priceMinor: minorToInput(service.priceMinor, fractionDigits, mark),
    vatRateBp: vatToInput(service.vatRateBp, mark),
    active: service.active,
    bookableOnline: service.bookableOnline,
  };
}

/** The body the API takes: integer minutes, minor units and basis points. */
export function serviceBodyOf(values: ServiceValues, fractionDigits: number): ServiceBody {
  return {
    name: values.name.trim(),
    description: values.description.trim() || null,
    durationMinutes: wholeNumber(values.durationMinutes) ?? 0,
    priceMinor: parseMoney(values.priceMinor, fractionDigits) ?? 0,
    vatRateBp: parseVatPercent(values.vatRateBp) ?? 0,
    active: values.active,
    bookableOnline: values.bookableOnline,
  };
}
