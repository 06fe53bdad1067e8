import { describe, expect, it } from 'vitest';
import type { components } from '@/lib/api/schema.gen';
import { clientSchema, EMPTY_CLIENT, toClientPatch, toCreateClientBody, valuesOf } from './client-form';

type Client = components['schemas']['ClientResponse'];

const client: Client = {
  id: 'c5a1d7e2-3f4b-4c6d-8e9f-0a1b2c3d4e5f',
  firstName: 'Łukasz',
  lastName: 'Nowak',
  email: null,
  phone: '+48601234567',
  nationalId: '44051401359',
  hasNationalId: true,
  notes: null,
  gdprConsentAt: null,
  createdAt: '2026-01-01T10:00:00.000Z',
  updatedAt: '2026-01-01T10:00:00.000Z',
};

describe('client form', () => {
  it('creates with what was filled in only', () => {
    expect(toCreateClientBody({ ...EMPTY_CLIENT, firstName: ' Ida ', lastName: 'Kro', gdprConsent: true })).toEqual({
      firstName: 'Ida',
      lastName: 'Kro',
      gdprConsent: true,
    });
  });

  it('patches only what changed, null to clear, never the national id unless typed or removed', () => {
    expect(toClientPatch(client, valuesOf(client))).toEqual({});
    expect(
      toClientPatch(client, { ...valuesOf(client), phone: '', email: 'l@example.test', gdprConsent: true }),
    ).toEqual({
      phone: null,
      email: 'l@example.test',
      gdprConsent: true,
    });
    expect(toClientPatch(client, { ...valuesOf(client), removeNationalId: true })).toEqual({ nationalId: null });
    expect(toClientPatch(client, { ...valuesOf(client), nationalId: '02271409867' })).toEqual({
      nationalId: '02271409867',
    });
  });

  it('requires the names and a well-formed e-mail', () => {
    const result = clientSchema.safeParse({ ...EMPTY_CLIENT, firstName: ' ', email: 'nope' });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['firstName', 'form.errors.required'],
      ['lastName', 'form.errors.required'],
      ['email', 'form.errors.email'],
    ]);
  });
});
