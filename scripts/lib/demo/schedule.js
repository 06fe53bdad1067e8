'use strict';
// The calendar of the demo week: appointments booked by staff (/appointments) on the open days
// around today, packed into the bays inside opening hours, with the statuses a real week leaves
// (completed and a no-show behind, cars checked in today, bookings ahead); and two customers
// who booked online through the public booking page.
const { DateTime } = require('luxon');
const { ONLINE_BOOKERS, vinOf } = require('./customers-data');
const { inParallel } = require('./in-parallel');
const { OTHER_VISITS, REPAIR_ORDERS } = require('./repairs-plan');

const OTHERS_PER_DAY = { past: 3, today: 3, future: 3 };
// Among the other cars of the past days (newest day first): who did not come, who called off.
const NO_SHOW_AT = 1;
const CANCELLED_AT = 4;
const NOTES = ['Klient czeka na miejscu', 'Prosi o telefon przed odbiorem', 'Auto zastępcze', 'Odbiór po 16:00'];
// Cars still in the workshop: their visit stays checked in until the order is done.
const IN_WORKSHOP = ['draft', 'estimate_sent', 'approved', 'in_progress', 'waiting_parts'];

/** The local day a plan reference ("past:1", "today", "future:0") names in this week, or null. */
function dayOf(calendar, days, reference) {
  if (!reference) return null;
  if (reference === 'today') return calendar.workday(days);
  const [kind, index] = reference.split(':');
  const list = kind === 'past' ? days.past : days.future;
  return list[Math.min(Number(index), list.length - 1)] ?? null;
}

/**
 * Every visit of the week, placed: repair-order visits first (they always get a place), then
 * the other cars while the bays have room.
 */
function planVisits(calendar, days, schedule, durations) {
  const visits = [];
  const dated = [
    ...days.past.map((day) => ({ day, kind: 'past' })),
    ...(days.today ? [{ day: days.today, kind: 'today' }] : []),
    ...days.future.map((day) => ({ day, kind: 'future' })),
  ];
  let other = 0;
  let pastOthers = 0;
  for (const { day, kind } of dated) {
    const date = day.toISODate();
    const wanted = REPAIR_ORDERS.filter((order) => dayOf(calendar, days, order.day)?.toISODate() === date).map(
      (order) => ({
        plate: order.plate,
        services: order.services,
        orderKey: order.key,
        status: repairVisitStatus(order, kind),
      }),
    );
    for (let count = 0; count < OTHERS_PER_DAY[kind] && other < OTHER_VISITS.length; count += 1, other += 1) {
      const [plate, service] = OTHER_VISITS[other];
      wanted.push({ plate, services: [service], status: null, notes: other % 5 === 2 ? NOTES[other % 4] : undefined });
    }
    const placed = pack(calendar, day, schedule, durations, wanted);
    for (const visit of placed) {
      if (visit.status !== null) continue;
      visit.status = otherVisitStatus(calendar, kind, kind === 'past' ? pastOthers : 0, visit);
      if (kind === 'past') pastOthers += 1;
    }
    visits.push(...placed);
  }
  return visits;
}

function repairVisitStatus(order, kind) {
  if (kind === 'future') return 'confirmed';
  if (order.target === 'cancelled') return 'cancelled';
  return IN_WORKSHOP.includes(order.target) ? 'checked_in' : 'completed';
}

/** A week is not all completed visits: a no-show and a cancellation behind, today as the clock says. */
function otherVisitStatus(calendar, kind, pastIndex, visit) {
  if (kind === 'future') return 'confirmed';
  if (kind === 'past') {
    if (pastIndex === NO_SHOW_AT) return 'no_show';
    return pastIndex === CANCELLED_AT ? 'cancelled' : 'completed';
  }
  if (visit.end <= calendar.now) return 'completed';
  return visit.start <= calendar.now ? 'checked_in' : 'confirmed';
}

/** Places visits on the bay free soonest, on the slot grid, keeping the buffer between jobs. */
function pack(calendar, day, schedule, durations, wanted) {
  const { open, close } = calendar.hours(day);
  const free = Array.from({ length: schedule.bays }, () => open);
  const placed = [];
  for (const visit of wanted) {
    const bay = free.indexOf(DateTime.min(...free));
    const start = onGrid(free[bay], open, schedule.slotMinutes);
    const minutes = visit.services.reduce((sum, key) => sum + durations.get(key), 0);
    const end = start.plus({ minutes });
    // A repair visit is placed even past closing (staff may book so); another car waits for a later day.
    if (end > close && !visit.orderKey) continue;
    free[bay] = end.plus({ minutes: schedule.bufferMinutes });
    placed.push({ ...visit, day, bay: bay + 1, start, end });
  }
  return placed;
}

function onGrid(time, open, slotMinutes) {
  const minutes = Math.ceil(time.diff(open, 'minutes').minutes / slotMinutes) * slotMinutes;
  return open.plus({ minutes });
}

/**
 * Books the week when none of its days has an appointment yet (so a restart in the same week
 * adds nothing, and a start in a later week gets that week's calendar).
 * @returns {Promise<{ created: number, booked: number, visitOf: Map<string, object> }>}
 */
async function ensureSchedule({ api, calendar, schedule, garage, services, slug }) {
  const days = calendar.days();
  const all = [...days.past, ...(days.today ? [days.today] : []), ...days.future].sort((a, b) => a - b);
  const range = `from=${all[0].toISODate()}&to=${all[all.length - 1].toISODate()}`;
  const existing = (await api.get(`/appointments?${range}`)).lanes.flatMap((lane) => lane.appointments);
  const durations = new Map([...services].map(([key, service]) => [key, service.durationMinutes]));
  const visitOf = new Map();
  let created = 0;
  if (existing.length === 0) {
    const visits = planVisits(calendar, days, schedule, durations);
    await inParallel(visits, async (visit) => {
      const { vehicle, client } = garage.requireCar(visit.plate);
      const appointment = await api.post('/appointments', {
        clientId: client.id,
        vehicleId: vehicle.id,
        serviceIds: visit.services.map((key) => services.get(key).id),
        startsAt: visit.start.toISO(),
        bay: visit.bay,
        ...(visit.notes ? { notes: visit.notes } : {}),
      });
      await settle(api, appointment.id, visit.status);
      if (visit.orderKey) visitOf.set(visit.orderKey, { ...appointment, start: visit.start });
    });
    created = visits.length;
  } else {
    // Booked on an earlier start: repair orders still made now find their visit by car and day.
    for (const order of REPAIR_ORDERS) {
      const date = dayOf(calendar, days, order.day)?.toISODate();
      const car = date && garage.vehicle(order.plate);
      const appointment =
        car &&
        existing.find(
          (candidate) =>
            candidate.vehicleId === car.id &&
            DateTime.fromISO(candidate.startsAt, { zone: calendar.zone }).toISODate() === date,
        );
      if (appointment) visitOf.set(order.key, { ...appointment, start: DateTime.fromISO(appointment.startsAt) });
    }
  }
  const booked = await bookOnline({ api, days, garage, services, slug });
  return { created, booked, visitOf };
}

/** Walks a confirmed appointment to the status the week left it in. */
async function settle(api, id, status) {
  if (status === 'confirmed') return;
  if (status === 'cancelled') return api.post(`/appointments/${id}/cancel`);
  if (status === 'no_show') return api.post(`/appointments/${id}/status`, { status: 'no_show' });
  await api.post(`/appointments/${id}/status`, { status: 'checked_in' });
  if (status === 'completed') await api.post(`/appointments/${id}/status`, { status: 'completed' });
}

/**
 * Two strangers book a free slot on the public page, as customers do (each becomes a new
 * client); staff then complete the car's record from the registration certificate.
 */
async function bookOnline({ api, days, garage, services, slug }) {
  const publicApi = api.as(undefined);
  const from = days.future[Math.min(1, days.future.length - 1)].toISODate();
  const to = days.future[days.future.length - 1].toISODate();
  let booked = 0;
  for (const [index, booker] of ONLINE_BOOKERS.entries()) {
    if (garage.client(booker.customer)) continue;
    const service = services.get(booker.service);
    const { slots } = await publicApi.get(
      `/public/workshops/${slug}/availability?from=${from}&to=${to}&serviceIds=${service.id}`,
    );
    // Late morning on the first day with room: not the first slot, which staff bookings take.
    const slot = slots[Math.min(3 + index * 2, slots.length - 1)];
    if (!slot) continue;
    const { vinMaker, vinPlant, year, engine, fuelType, mileageKm, ...vehicle } = booker.vehicle;
    const booking = await publicApi.post(`/public/workshops/${slug}/bookings`, {
      serviceIds: [service.id],
      startsAt: slot.start,
      customer: booker.customer,
      vehicle: { ...vehicle, vin: vinOf({ vinMaker, vinPlant, year }, 900 + index) },
      consent: true,
    });
    const appointment = await api.get(`/appointments/${booking.id}`);
    await api.patch(`/vehicles/${appointment.vehicleId}`, { year, engine, fuelType, mileageKm });
    booked += 1;
  }
  return booked;
}

module.exports = { ensureSchedule, dayOf };
