import { z } from 'zod';
import type { components } from '@/lib/api/schema.gen';

type Client = components['schemas']['ClientResponse'];
type CreateClientBody = components['schemas']['CreateClientDto'];
type UpdateClientBody = components['schemas']['UpdateClientDto'];

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Messages are keys in the `clients` namespace, translated where they are shown. */
const text = (max: number) => z.string().trim().max(max, 'form.errors.tooLong');
const required = (max: number) => text(max).min(1, 'form.errors.required');

/** A client as typed; `nationalId` is only sent by owners and managers (the API refuses others). */
export const clientSchema = z.object({
  firstName: required(100),
  lastName: required(100),
  phone: text(32),
  email: text(254).refine((email) => email === '' || EMAIL.test(email), 'form.errors.email'),
  notes: text(5000),
  gdprConsent: z.boolean(),
  /** Typed: set or replace; empty: keep what is on file. */
  nationalId: text(32),
  /** Clear the national id on file. */
  removeNationalId: z.boolean(),
});

export type ClientValues = z.input<typeof clientSchema>;

/** Where the API's field errors land. */
export const CLIENT_FIELDS = ['firstName', 'lastName', 'phone', 'email', 'notes', 'nationalId'] as const;

export const EMPTY_CLIENT: ClientValues = {
  firstName: '',
  lastName: '',
  phone: '',
  email: '',
  notes: '',
  gdprConsent: false,
  nationalId: '',
  removeNationalId: false,
};

/** The form filled from the client; the national id field starts empty (typing one replaces it). */
export function valuesOf(client: Client): ClientValues {
  return {
    firstName: client.firstName,
    lastName: client.lastName,
    phone: client.phone ?? '',
    email: client.email ?? '',
    notes: client.notes ?? '',
    gdprConsent: client.gdprConsentAt !== null,
    nationalId: '',
    removeNationalId: false,
  };
}

export function toCreateClientBody(values: ClientValues): CreateClientBody {
  return {
    firstName: values.firstName.trim(),
    lastName: values.lastName.trim(),
    ...(values.phone.trim() ? { phone: values.phone.trim() } : {}),
    ...(values.email.trim() ? { email: values.email.trim() } : {}),
    ...(values.notes.trim() ? { notes: values.notes.trim() } : {}),
    ...(values.nationalId.trim() ? { nationalId: values.nationalId.trim() } : {}),
    ...(values.gdprConsent ? { gdprConsent: true } : {}),
  };
}

/** Only what changed; `null` clears. A national id is sent only when typed or removed. */
export function toClientPatch(client: Client, values: ClientValues): UpdateClientBody {
  const patch: UpdateClientBody = {};
  if (values.firstName.trim() !== client.firstName) patch.firstName = values.firstName.trim();
  if (values.lastName.trim() !== client.lastName) patch.lastName = values.lastName.trim();
  const phone = values.phone.trim() || null;
  if (phone !== client.phone) patch.phone = phone;
  const email = values.email.trim() || null;
  if (email !== client.email) patch.email = email;
  const notes = values.notes.trim() || null;
  if (notes !== client.notes) patch.notes = notes;
  if (values.gdprConsent !== (client.gdprConsentAt !== null)) patch.gdprConsent = values.gdprConsent;
  if (values.nationalId.trim()) patch.nationalId = values.nationalId.trim();
  else if (values.removeNationalId && client.hasNationalId) patch.nationalId = null;
  return patch;
}
