import type { PitlaneApi, TestWorkshop } from './pitlane-api';

const EVERY_DAY = [{ start: '08:00', end: '18:00' }];

export interface BookableWorkshopOptions {
  /** Bays, so how many customers one time takes (default 2). */
  readonly bays?: number;
  /** The workshop's language, so its booking page's (default English). */
  readonly locale?: 'en' | 'pl' | 'da';
}

/**
 * A workshop whose booking page takes bookings every day, 08:00–18:00, with one bookable service
 * ("Oil change", an hour) and an address: what the booking pages need, and what makes "not taking
 * bookings" mean something else (a suspension, the page switched off) in the specs that test it.
 */
export async function bookableWorkshop(api: PitlaneApi, options: BookableWorkshopOptions = {}): Promise<TestWorkshop> {
  const workshop = await api.signUpWorkshop({ locale: options.locale ?? 'en' });
  const token = workshop.owner.session;
  await api.request('PATCH', '/settings/schedule', {
    token,
    body: {
      openingHours: {
        mon: EVERY_DAY,
        tue: EVERY_DAY,
        wed: EVERY_DAY,
        thu: EVERY_DAY,
        fri: EVERY_DAY,
        sat: EVERY_DAY,
        sun: EVERY_DAY,
      },
      slotMinutes: 60,
      bays: options.bays ?? 2,
      bufferMinutes: 0,
      // Three hours' notice: the first free time is never inside the one-hour cut-off.
      minNoticeMinutes: 180,
      horizonDays: 60,
      cancellationCutoffMinutes: 60,
    },
  });
  await api.request('PATCH', '/settings/workshop', {
    token,
    body: { street: 'ul. Grochowska 215', postalCode: '04-077', city: 'Warszawa', phone: '+48 22 610 23 45' },
  });
  await api.request('POST', '/services', {
    token,
    body: { name: 'Oil change', durationMinutes: 60, priceMinor: 25_000, vatRateBp: 2300, bookableOnline: true },
  });
  return workshop;
}
