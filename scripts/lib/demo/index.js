'use strict';
// The demo workshop `npm start` prints logins for: a Warsaw garage with its staff, customers,
// calendar, repair orders, invoices and stock, built through the product's own HTTP API. Every
// step first looks at what the API already holds, so a restart adds nothing twice and takes
// seconds; only the calendar follows the weeks (a start in a new week books that week).
const fs = require('node:fs');
const { DemoApi } = require('./api-client');
const { ensureCatalog } = require('./catalog');
const { ensureCustomers } = require('./customers');
const { MailInbox } = require('./mail-inbox');
const { ensureRepairs } = require('./repairs');
const { ensureSchedule } = require('./schedule');
const { ensureSettings } = require('./settings');
const { ensureStaff } = require('./staff');
const { WorkshopCalendar } = require('./workshop-calendar');
const { ensureWorkshop } = require('./workshop');
const { DemoBuildMarker } = require('./build-marker');

/**
 * @param {{ baseUrl: string, mailDir: string | null, markerFile: string, log: (line: string) => void }} options
 *   mailDir: the local SMTP sink's folder; null when mail goes to a real server (no invitations then)
 *   markerFile: where a finished build is recorded (build-marker.js)
 * @returns {Promise<{ logins: { email: string, password: string, role: string, name: string }[], summary: string }>}
 */
async function ensureDemoWorkshop({ baseUrl, mailDir, markerFile, log }) {
  const started = Date.now();
  const inbox = mailDir && fs.existsSync(mailDir) ? new MailInbox(mailDir) : null;
  const { api: owner, owner: ownerUser, signedUp } = await ensureWorkshop(new DemoApi(baseUrl), inbox);
  if (signedUp) log('demo: signed up the demo workshop; building it through the API (first start only)');

  const staff = await ensureStaff(owner, inbox, ownerUser);
  const me = await owner.get('/me');
  const marker = new DemoBuildMarker(markerFile);
  const { schedule } = await ensureSettings(owner);
  const calendar = new WorkshopCalendar(schedule);
  const catalog = await ensureCatalog(owner);
  const customers = await ensureCustomers(owner);
  const week = await ensureSchedule({
    api: owner,
    calendar,
    schedule,
    garage: customers.garage,
    services: catalog.services,
    slug: me.workshop.slug,
  });
  const repairs = await ensureRepairs({
    owner,
    calendar,
    garage: customers.garage,
    parts: catalog.parts,
    members: staff.members,
    visitOf: week.visitOf,
    inbox,
    finished: marker.isSetFor(me.workshop.id),
  });
  marker.setFor(me.workshop.id);

  const added = [
    [staff.created, 'staff'],
    [catalog.created.services, 'services'],
    [catalog.created.parts, 'parts'],
    [customers.created.clients + week.booked, 'clients'],
    [customers.created.vehicles + week.booked, 'vehicles'],
    [week.created + week.booked, 'appointments'],
    [repairs.created, 'repair orders'],
    [repairs.invoices, 'invoices'],
  ].filter(([count]) => count > 0);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const size = `${customers.garage.clientCount + week.booked} clients, ${customers.garage.vehicleCount + week.booked} vehicles`;
  const summary = added.length
    ? `${size}; added ${added.map(([count, what]) => `${count} ${what}`).join(', ')} in ${seconds} s`
    : `${size}; nothing to add (checked in ${seconds} s)`;
  if (!inbox) log('demo: no local mail sink (SMTP_HOST is set), so no staff were invited; the owner does their work');
  return { logins: staff.logins, summary };
}

module.exports = { ensureDemoWorkshop };
