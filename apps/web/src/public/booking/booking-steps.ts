import { vinFeedback } from '@/features/vehicles/utils/vin';
import { isIsoDate, type IsoDate } from '../shared/calendar-dates';
import type { Slot } from '../shared/nearest-slots';

/** The booking page's steps, in order; the confirmation follows the last. */
export const STEPS = ['service', 'time', 'vehicle', 'contact', 'review'] as const;
export type Step = (typeof STEPS)[number];

export interface VehicleDraft {
  readonly plate: string;
  readonly make: string;
  readonly model: string;
  readonly vin: string;
}

export interface ContactDraft {
  readonly firstName: string;
  readonly lastName: string;
  readonly email: string;
  readonly phone: string;
  readonly consent: boolean;
}

/** What the customer has chosen and typed so far; service and day also live in the URL. */
export interface BookingDraft {
  readonly serviceId: string | null;
  readonly day: IsoDate | null;
  readonly slot: Slot | null;
  readonly vehicle: VehicleDraft;
  readonly contact: ContactDraft;
}

export const EMPTY_DRAFT: BookingDraft = {
  serviceId: null,
  day: null,
  slot: null,
  vehicle: { plate: '', make: '', model: '', vin: '' },
  contact: { firstName: '', lastName: '', email: '', phone: '', consent: false },
};

/** Error codes per field, translated by the page (`errors.<code>`). */
export type FieldErrors = Partial<
  Record<string, 'required' | 'tooLong' | 'email' | 'phone' | 'vin' | 'consent' | 'server'>
>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d\s().-]{6,32}$/;

function text(value: string, max: number, required = true): 'required' | 'tooLong' | undefined {
  const trimmed = value.trim();
  if (required && trimmed === '') return 'required';
  if (trimmed.length > max) return 'tooLong';
  return undefined;
}

function compact(errors: Record<string, FieldErrors[string]>): FieldErrors {
  return Object.fromEntries(Object.entries(errors).filter(([, code]) => code !== undefined));
}

/** The vehicle form's errors, with the API's limits (plate 1–20, make and model up to 60). */
export function vehicleErrors(vehicle: VehicleDraft): FieldErrors {
  const vin = vinFeedback(vehicle.vin).kind;
  return compact({
    plate: text(vehicle.plate, 20),
    make: text(vehicle.make, 60),
    model: text(vehicle.model, 60),
    vin: vin === 'empty' || vin === 'valid' ? undefined : 'vin',
  });
}

/** The contact form's errors: names up to 100, an address, a phone number, the consent. */
export function contactErrors(contact: ContactDraft): FieldErrors {
  return compact({
    firstName: text(contact.firstName, 100),
    lastName: text(contact.lastName, 100),
    email: text(contact.email, 254) ?? (EMAIL.test(contact.email.trim()) ? undefined : 'email'),
    phone: text(contact.phone, 32) ?? (PHONE.test(contact.phone.trim()) ? undefined : 'phone'),
    consent: contact.consent ? undefined : 'consent',
  });
}

/** Whether `step` has everything it needs to move on. */
export function isStepComplete(step: Step, draft: BookingDraft): boolean {
  switch (step) {
    case 'service':
      return draft.serviceId !== null;
    case 'time':
      return draft.slot !== null;
    case 'vehicle':
      return Object.keys(vehicleErrors(draft.vehicle)).length === 0;
    case 'contact':
      return Object.keys(contactErrors(draft.contact)).length === 0;
    case 'review':
      return STEPS.slice(0, -1).every((earlier) => isStepComplete(earlier, draft));
  }
}

/** The first step that still lacks something (the review when none does). */
export function firstOpenStep(draft: BookingDraft): Step {
  return STEPS.find((step) => step !== 'review' && !isStepComplete(step, draft)) ?? 'review';
}

/** A step may be opened once every step before it is complete. */
export function canOpen(step: Step, draft: BookingDraft): boolean {
  return STEPS.slice(0, STEPS.indexOf(step)).every((earlier) => isStepComplete(earlier, draft));
}

export function nextStep(step: Step): Step | null {
  return STEPS[STEPS.indexOf(step) + 1] ?? null;
}

export function previousStep(step: Step): Step | null {
  return STEPS[STEPS.indexOf(step) - 1] ?? null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What the address says: `?service=<id>&day=YYYY-MM-DD&lang=pl` (nothing secret). */
export interface BookingAddress {
  readonly serviceId: string | null;
  readonly day: IsoDate | null;
}

export function readBookingAddress(search: string): BookingAddress {
  const params = new URLSearchParams(search);
  const service = params.get('service');
  const day = params.get('day');
  return {
    serviceId: service && UUID.test(service) ? service : null,
    day: isIsoDate(day) ? day : null,
  };
}

/** The query string for the chosen service and day, keeping any other parameter (the language). */
export function bookingSearch(current: string, address: BookingAddress): string {
  const params = new URLSearchParams(current);
  for (const [key, value] of [
    ['service', address.serviceId],
    ['day', address.day],
  ] as const) {
    if (value) params.set(key, value);
    else params.delete(key);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The body of `POST /public/workshops/:slug/bookings` from a complete draft. */
export function bookingBody(draft: BookingDraft) {
  if (!draft.serviceId || !draft.slot) throw new Error('A booking needs a service and a time');
  const vin = vinFeedback(draft.vehicle.vin);
  return {
    serviceIds: [draft.serviceId],
    startsAt: draft.slot.start,
    vehicle: {
      plate: draft.vehicle.plate.trim(),
      make: draft.vehicle.make.trim(),
      model: draft.vehicle.model.trim(),
      ...(vin.kind === 'valid' ? { vin: vin.normalized } : {}),
    },
    customer: {
      firstName: draft.contact.firstName.trim(),
      lastName: draft.contact.lastName.trim(),
      email: draft.contact.email.trim(),
      phone: draft.contact.phone.trim(),
    },
    consent: true as const,
  };
}
