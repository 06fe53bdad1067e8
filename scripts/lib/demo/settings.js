'use strict';
// How the demo workshop runs: opening hours, bays and booking rules; and the seller's details
// every invoice prints. Written once; what the owner changed later is left as they set it.
const { WorkshopCalendar } = require('./workshop-calendar');

const WEEKDAY = [{ start: '08:00', end: '17:00' }];

/** The part of the schedule settings the demo sets; closed dates are added for the coming holidays. */
const SCHEDULE = {
  openingHours: {
    mon: WEEKDAY,
    tue: WEEKDAY,
    wed: WEEKDAY,
    thu: WEEKDAY,
    fri: WEEKDAY,
    sat: [{ start: '09:00', end: '13:00' }],
    sun: [],
  },
  slotMinutes: 30,
  bays: 3,
  bufferMinutes: 15,
  minNoticeMinutes: 120,
  horizonDays: 60,
  cancellationCutoffMinutes: 1440,
  reminderLeadMinutes: 1440,
};

/** Polish public holidays with a fixed date (month, day) the workshop closes on. */
const FIXED_HOLIDAYS = [
  [1, 1],
  [1, 6],
  [5, 1],
  [5, 3],
  [8, 15],
  [11, 1],
  [11, 11],
  [12, 24],
  [12, 25],
  [12, 26],
];

// NIP and IBAN carry valid checksums (a made-up company and account).
const INVOICING = {
  legalName: 'Pitlane Demo Garage Sp. z o.o.',
  addressLine1: 'ul. Grochowska 215',
  addressLine2: null,
  postalCode: '04-077',
  city: 'Warszawa',
  country: 'PL',
  taxId: 'PL5261043175',
  bankName: 'Bank Demo S.A.',
  bankAccount: 'PL16 1020 2892 0000 5702 0183 4967',
  paymentTermsDays: 14,
  footer: 'Dziękujemy za wizytę! Gwarancja na wykonane usługi: 12 miesięcy lub 20 000 km.',
};

/**
 * @param {import('./api-client').DemoApi} api signed in as the owner
 * @returns {Promise<{ schedule: object, changed: string[] }>}
 */
async function ensureSettings(api) {
  const changed = [];
  let schedule = await api.get('/settings/schedule');
  // A new workshop has two bays and no Saturday; the demo's has three and a Saturday morning.
  if (schedule.bays < SCHEDULE.bays || schedule.openingHours.sat.length === 0) {
    const calendar = new WorkshopCalendar(schedule);
    const closedDates = FIXED_HOLIDAYS.map(([month, day]) => calendar.nextDate(month, day)).sort();
    schedule = await api.patch('/settings/schedule', { ...SCHEDULE, closedDates });
    changed.push('schedule');
  }
  const invoicing = await api.get('/settings/invoicing');
  if (invoicing.missing.length > 0) {
    await api.put('/settings/invoicing', INVOICING);
    changed.push('invoicing');
  }
  return { schedule, changed };
}

module.exports = { ensureSettings };
