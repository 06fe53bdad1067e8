import { z } from 'zod';
import type { components } from '@/lib/api/schema.gen';
import { FIELD_ERRORS, toCreateVehicleFields, vehicleFieldsSchema } from './vehicle-form';

type CreateVehicleBody = components['schemas']['CreateVehicleDto'];

export const OWNER_MODES = ['existing', 'new'] as const;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The vehicle with its owner: an existing client (picked) or a new one, created in the same request. */
export const newVehicleSchema = vehicleFieldsSchema
  .extend({
    owner: z.enum(OWNER_MODES),
    clientId: z.string(),
    client: z.object({
      firstName: z.string().trim().max(100, FIELD_ERRORS.tooLong),
      lastName: z.string().trim().max(100, FIELD_ERRORS.tooLong),
      phone: z.string().trim().max(32, FIELD_ERRORS.tooLong),
      email: z
        .string()
        .trim()
        .max(254, FIELD_ERRORS.tooLong)
        .refine((email) => email === '' || EMAIL.test(email), 'form.errors.email'),
    }),
  })
  .superRefine((values, context) => {
    if (values.owner === 'existing' && values.clientId === '') {
      context.addIssue({ code: 'custom', path: ['clientId'], message: 'form.errors.pickOwner' });
    }
    if (values.owner === 'new') {
      for (const field of ['firstName', 'lastName'] as const) {
        if (values.client[field].trim() === '') {
          context.addIssue({ code: 'custom', path: ['client', field], message: FIELD_ERRORS.required });
        }
      }
    }
  });

export type NewVehicleValues = z.input<typeof newVehicleSchema>;

/** Where the API's field errors land (it names the new client's fields `client.…`). */
export const NEW_VEHICLE_FIELDS = [
  'clientId',
  'client.firstName',
  'client.lastName',
  'client.phone',
  'client.email',
  'plate',
  'vin',
  'make',
  'model',
  'year',
  'engine',
  'fuelType',
  'mileageKm',
] as const;

export function toCreateVehicleBody(values: NewVehicleValues): CreateVehicleBody {
  const vehicle = toCreateVehicleFields(values);
  if (values.owner === 'existing') return { ...vehicle, clientId: values.clientId };
  const { firstName, lastName, phone, email } = values.client;
  return {
    ...vehicle,
    client: {
      firstName: firstName.trim(),
      lastName: lastName.trim(),
      ...(phone.trim() ? { phone: phone.trim() } : {}),
      ...(email.trim() ? { email: email.trim() } : {}),
    },
  };
}
