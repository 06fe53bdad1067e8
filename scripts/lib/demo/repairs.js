'use strict';
// The demo's repair orders, walked through the workflow as the workshop would: the manager opens
// the order and sends the estimate, the customer answers through the link in the mail (or by
// phone), mechanics start, pause and finish the work, the manager books their hours, and the owner
// invoices and takes the payment. Made once: a workshop with repair orders is left alone.
const { REPAIR_ORDERS } = require('./repairs-plan');
const { dayOf } = require('./schedule');
const { sessionOf } = require('./staff');
const { Timesheet } = require('./timesheet');
const { inParallel } = require('./in-parallel');

const TIME_ENTRY_REASON = 'Czas z karty pracy, wpisany przez kierownika';
const PHONE_NOTE = 'Zgoda telefoniczna klienta';
// Work started but not finished: the first job's first stretch is on the clock.
const STARTED_WORK_MAX_HOURS = 1.5;

/**
 * @returns {Promise<{ created: number, invoices: number }>}
 */
async function ensureRepairs(context) {
  const { owner, finished } = context;
  if ((await owner.get('/repair-orders?limit=1')).total > 0) {
    // Built before the marker existed, or stopped half-way: the statuses tell which.
    if (!finished) await requireEveryPlannedStatus(owner);
    return { created: 0, invoices: 0 };
  }
  const work = new RepairWork(context);
  // Opened one by one, so the order numbers follow the plan; then each story runs on its own.
  const opened = [];
  for (const plan of REPAIR_ORDERS) opened.push(await work.open(plan));
  const invoiced = await inParallel(REPAIR_ORDERS, async (plan, index) =>
    work.advance(plan, await work.fill(plan, opened[index])),
  );
  return { created: REPAIR_ORDERS.length, invoices: invoiced.filter(Boolean).length };
}

/**
 * The orders are opened first and walked through the workflow after, so a start stopped in
 * between leaves orders that never reached their status: without the build marker, every status
 * the plan ends in must have an order.
 */
async function requireEveryPlannedStatus(owner) {
  const targets = [...new Set(REPAIR_ORDERS.map((plan) => plan.target))];
  const totals = await Promise.all(
    targets.map(async (status) => (await owner.get(`/repair-orders?status=${status}&limit=1`)).total),
  );
  const missing = targets.filter((_, index) => totals[index] === 0);
  if (missing.length > 0) {
    throw new Error(
      `its repair orders stopped half-way (none is ${missing.join(', ')}); ` +
        'delete the .data folder to build the demo again',
    );
  }
}

class RepairWork {
  constructor({ owner, calendar, garage, parts, members, visitOf, inbox }) {
    this.owner = owner;
    this.calendar = calendar;
    this.days = calendar.days();
    this.garage = garage;
    this.parts = parts;
    this.members = members;
    this.visitOf = visitOf;
    this.inbox = inbox;
    this.timesheet = new Timesheet(calendar.now);
  }

  /** Without the invited staff (no local mail sink), the owner does everyone's part. */
  member(key) {
    return this.members.get(key) ?? this.members.get('owner');
  }

  async desk() {
    return sessionOf(this.member('manager'));
  }

  /** The order as the manager opens it: the car, its visit and the complaint. */
  async open(plan) {
    const desk = await this.desk();
    const { vehicle, client } = this.garage.requireCar(plan.plate);
    const visit = this.visitOf.get(plan.key);
    const order = await desk.post('/repair-orders', {
      vehicleId: vehicle.id,
      ...(visit ? { appointmentId: visit.id } : {}),
      ...(vehicle.mileageKm ? { mileageIn: vehicle.mileageKm } : {}),
      complaint: plan.complaint,
      ...(plan.notes ? { notes: plan.notes } : {}),
    });
    return { order, client, visit };
  }

  /** The mechanics on the job and the work it takes: labour, parts (from the shelves or ordered) and fees. */
  async fill(plan, { order, client, visit }) {
    const desk = await this.desk();
    for (const key of plan.mechanics) {
      await desk.put(`/repair-orders/${order.id}/mechanics/${this.member(key).userId}`);
    }
    let filled = order;
    for (const line of plan.lines) filled = await desk.post(`/repair-orders/${order.id}/lines`, this.lineBody(line));
    const lines = plan.lines.map((line, index) => ({ ...line, id: filled.lines[index].id }));
    return { order, lines, client, visit };
  }

  /** Takes an opened order to its target status; true when that took an invoice. */
  async advance(plan, { order, lines, client, visit }) {
    const desk = await this.desk();
    if (plan.target === 'draft') return false;
    if (plan.target === 'cancelled') {
      await this.move(desk, order.id, 'cancelled');
      return false;
    }
    await this.approve(desk, plan, order.id, lines, client);
    if (['estimate_sent', 'approved', 'declined'].includes(plan.target)) return false;

    const mechanic = this.member(plan.mechanics[0]);
    const mechanicApi = await sessionOf(mechanic);
    await this.move(mechanicApi, order.id, 'in_progress');
    const started = plan.target === 'in_progress' || plan.target === 'waiting_parts';
    await this.bookHours(desk, order.id, lines, this.workStart(plan, visit), started);
    if (plan.target === 'waiting_parts') {
      await this.move(mechanicApi, order.id, 'waiting_parts');
      return false;
    }
    if (plan.target === 'in_progress') {
      if (plan.runningClock) await this.clockIn(mechanicApi, order.id, lines);
      return false;
    }
    await this.move(mechanicApi, order.id, 'completed');
    if (plan.target === 'completed') return false;
    const invoice = await this.owner.post(`/repair-orders/${order.id}/invoice`);
    if (plan.target === 'paid') {
      await this.owner.post(`/invoices/${invoice.id}/payments`, {
        method: plan.payment,
        paidOn: this.calendar.today.toISODate(),
      });
    }
    return true;
  }

  lineBody(line) {
    if (line.partNumber) {
      const part = this.parts.get(line.partNumber);
      if (!part) throw new Error(`the demo workshop has no part ${line.partNumber}`);
      return { kind: 'part', partId: part.id, quantity: line.quantity };
    }
    const { mechanic, optional: _optional, ...body } = line;
    return mechanic ? { ...body, mechanicUserId: this.member(mechanic).userId } : body;
  }

  move(api, orderId, to) {
    return api.post(`/repair-orders/${orderId}/transitions`, { to });
  }

  /** The customer's yes (or no): at the counter, on the phone, or through the estimate's link. */
  async approve(desk, plan, orderId, lines, client) {
    if (plan.approval === 'direct') return this.move(desk, orderId, 'approved');
    const since = Date.now();
    const sent = await desk.post(`/repair-orders/${orderId}/estimates`, plan.message ? { message: plan.message } : {});
    if (plan.approval === 'open') return;
    const customerName = `${client.firstName} ${client.lastName}`;
    const decision =
      plan.approval === 'partial'
        ? { lines: lines.map((line) => ({ lineId: line.id, approved: !line.optional })) }
        : { decision: plan.approval === 'decline' ? 'decline' : 'approve' };
    const token = plan.approval === 'phone' ? null : await this.estimateToken(sent, client, since);
    if (token === null) {
      return desk.post(`/repair-orders/${orderId}/estimates/${sent.version}/approval`, {
        ...decision,
        customerName,
        note: PHONE_NOTE,
      });
    }
    const customer = this.owner.as(undefined);
    // The token travels in the body, as the customer's page sends it: never in a logged path.
    const estimate = await customer.post('/public/estimates/view', { token });
    await customer.post('/public/estimates/decide', {
      token,
      ...decision,
      signatureName: customerName,
      hash: estimate.hash,
    });
  }

  /** The link's token: handed back when the client has no e-mail, else in the mail the client got. */
  async estimateToken(sent, client, since) {
    if (sent.link) return decodeURIComponent(sent.link.slice(sent.link.indexOf('#') + 1));
    if (!this.inbox || !client.email) return null;
    return this.inbox.waitForToken({ to: client.email, page: '/estimate', since });
  }

  workStart(plan, visit) {
    if (visit) return visit.start.plus({ minutes: 15 });
    const day = dayOf(this.calendar, this.days, plan.day) ?? this.calendar.today;
    const hours = this.calendar.hours(day);
    return hours ? hours.open.plus({ minutes: 30 }) : day.set({ hour: 9 });
  }

  /** The hours the mechanics worked, as the manager books them from the job cards. */
  async bookHours(desk, orderId, lines, from, started) {
    const labour = lines.filter((line) => line.kind === 'labour' && line.mechanic && !line.optional);
    for (const line of started ? labour.slice(0, 1) : labour) {
      const userId = this.member(line.mechanic).userId;
      const hours = started ? Math.min(line.quantity, STARTED_WORK_MAX_HOURS) : line.quantity;
      const stretch = this.timesheet.book(userId, from, Math.round(hours * 60));
      if (!stretch) continue;
      await desk.post(`/repair-orders/${orderId}/lines/${line.id}/time-entries`, {
        userId,
        startedAt: stretch.start.toISO(),
        stoppedAt: stretch.end.toISO(),
        reason: TIME_ENTRY_REASON,
      });
    }
  }

  /** During opening hours the mechanic is on the clock right now, on the order's first job. */
  async clockIn(mechanicApi, orderId, lines) {
    const hours = this.calendar.hours(this.calendar.today);
    if (!hours || this.calendar.now < hours.open || this.calendar.now >= hours.close) return;
    const line = lines.find((candidate) => candidate.kind === 'labour');
    if (line) await mechanicApi.post(`/repair-orders/${orderId}/lines/${line.id}/clock/start`);
  }
}

module.exports = { ensureRepairs };
