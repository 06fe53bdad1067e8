import { describe, expect, it } from 'vitest';
import {
  type BookingDraft,
  bookingBody,
  bookingSearch,
  canOpen,
  contactErrors,
  EMPTY_DRAFT,
  firstOpenStep,
  readBookingAddress,
  vehicleErrors,
} from './booking-steps';
import { slugOf } from './booking-slug';

const SERVICE = '3f2a8c1e-5b7d-4e9a-8c6f-1d2e3f4a5b6c';
const slot = { start: '2026-03-30T08:00:00+02:00', end: '2026-03-30T09:00:00+02:00' };
const complete: BookingDraft = {
  serviceId: SERVICE,
  day: '2026-03-30',
  slot,
  vehicle: { plate: ' WA 12345 ', make: 'Volkswagen', model: 'Golf', vin: '' },
  contact: {
    firstName: 'Łukasz',
    lastName: 'Nowak',
    email: 'l.nowak@example.pl',
    phone: '+48 601 234 567',
    consent: true,
  },
};

describe('the booking steps', () => {
  it('opens a step only once every step before it is complete', () => {
    expect(canOpen('service', EMPTY_DRAFT)).toBe(true);
    expect(canOpen('time', EMPTY_DRAFT)).toBe(false);
    expect(canOpen('time', { ...EMPTY_DRAFT, serviceId: SERVICE })).toBe(true);
    expect(canOpen('vehicle', { ...EMPTY_DRAFT, serviceId: SERVICE })).toBe(false);
    expect(canOpen('review', complete)).toBe(true);
    expect(canOpen('review', { ...complete, contact: { ...complete.contact, consent: false } })).toBe(false);
  });

  it.each([
    ['nothing chosen', EMPTY_DRAFT, 'service'],
    ['a service without a time', { ...EMPTY_DRAFT, serviceId: SERVICE }, 'time'],
    ['a time without a vehicle', { ...EMPTY_DRAFT, serviceId: SERVICE, slot }, 'vehicle'],
    ['no consent', { ...complete, contact: { ...complete.contact, consent: false } }, 'contact'],
    ['everything', complete, 'review'],
  ] as const)('with %s, the first open step is %s', (_name, draft, step) => {
    expect(firstOpenStep(draft)).toBe(step);
  });

  it('asks for plate, make and model; a VIN only when it is wrong', () => {
    expect(vehicleErrors(EMPTY_DRAFT.vehicle)).toEqual({ plate: 'required', make: 'required', model: 'required' });
    expect(vehicleErrors(complete.vehicle)).toEqual({});
    expect(vehicleErrors({ ...complete.vehicle, vin: 'WVWZZZ1JZXW00000' })).toEqual({ vin: 'vin' });
    expect(vehicleErrors({ ...complete.vehicle, vin: '1M8GDM9AXKP042788' })).toEqual({});
    expect(vehicleErrors({ ...complete.vehicle, vin: '1M8GDM9A1KP042788' })).toEqual({ vin: 'vin' });
    expect(vehicleErrors({ ...complete.vehicle, plate: 'X'.repeat(21) })).toEqual({ plate: 'tooLong' });
  });

  it('asks for a name, a reachable address and phone, and the consent', () => {
    expect(contactErrors(complete.contact)).toEqual({});
    expect(contactErrors({ ...complete.contact, email: 'nowak@', phone: 'call me', consent: false })).toEqual({
      email: 'email',
      phone: 'phone',
      consent: 'consent',
    });
    expect(contactErrors({ ...complete.contact, firstName: '   ' })).toEqual({ firstName: 'required' });
  });

  it('sends what the customer typed, trimmed, with a VIN only when valid', () => {
    expect(bookingBody(complete)).toEqual({
      serviceIds: [SERVICE],
      startsAt: slot.start,
      vehicle: { plate: 'WA 12345', make: 'Volkswagen', model: 'Golf' },
      customer: { firstName: 'Łukasz', lastName: 'Nowak', email: 'l.nowak@example.pl', phone: '+48 601 234 567' },
      consent: true,
    });
    expect(bookingBody({ ...complete, vehicle: { ...complete.vehicle, vin: 'wvw zzz1jzxw000001' } }).vehicle).toEqual({
      plate: 'WA 12345',
      make: 'Volkswagen',
      model: 'Golf',
      vin: 'WVWZZZ1JZXW000001',
    });
    expect(() => bookingBody({ ...complete, slot: null })).toThrow();
  });
});

describe('the booking address', () => {
  it('reads the service and the day, dropping anything malformed', () => {
    expect(readBookingAddress(`?service=${SERVICE}&day=2026-03-30`)).toEqual({ serviceId: SERVICE, day: '2026-03-30' });
    expect(readBookingAddress('?service=drop-table&day=2026-02-31')).toEqual({ serviceId: null, day: null });
  });

  it('writes the service and the day and keeps the language', () => {
    expect(bookingSearch('?lang=pl', { serviceId: SERVICE, day: '2026-03-30' })).toBe(
      `?lang=pl&service=${SERVICE}&day=2026-03-30`,
    );
    expect(bookingSearch(`?service=${SERVICE}&day=2026-03-30`, { serviceId: null, day: null })).toBe('');
  });

  it('names the workshop by the slug of /book/<slug> only', () => {
    expect(slugOf('/book/auto-serwis-nowak')).toBe('auto-serwis-nowak');
    expect(slugOf('/book/auto-serwis-nowak/')).toBe('auto-serwis-nowak');
    expect(slugOf('/book/')).toBeNull();
    expect(slugOf('/book/../admin')).toBeNull();
  });
});
