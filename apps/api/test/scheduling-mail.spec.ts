import { ReminderSweep } from '@pitlane/scheduling';
import { simpleParser } from 'mailparser';
import { DateTime } from 'luxon';
import { randomBytes } from 'node:crypto';
import { SmtpSink, type ReceivedMail } from '../../../test/support/smtp-sink';
import { TestApi, withAdminClient, Workshop } from '../../../test/support/test-api';
import { TestWorker } from '../../../test/support/test-worker';
import {
  addService,
  book,
  Booked,
  bookingBody,
  configure,
  customer,
  iso,
  manageBooking,
  Service,
  weekdayAt,
  WEEKDAYS_OPEN,
  ZONE,
} from './scheduling-fixtures';

const SUBJECTS = {
  confirmation: /^Your appointment at .+ is booked$/,
  rescheduled: /^Your appointment at .+ has moved$/,
  cancelled: /^Your appointment at .+ is cancelled$/,
  reminder: /^Reminder: your appointment at /,
};

/**
 * The customer's mails: confirmation with an .ics file, reschedule, cancellation, and reminders
 * driven by a fast clock (the sweep is called with the instant to act at), across a worker
 * restart. The real API, a real worker on the same queue namespace, a real SMTP server.
 */
describe('appointment mails and reminders', () => {
  let sink: SmtpSink;
  let api: TestApi;
  let worker: TestWorker;
  let workshop: Workshop;
  let service: Service;
  let shared: Record<string, string>;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    shared = {
      QUEUE_NAMESPACE: `test-${randomBytes(4).toString('hex')}`,
      SMTP_PORT: String(sink.port),
      PUBLIC_BASE_URL: 'http://pitlane.test',
    };
    api = await TestApi.start(shared);
    worker = await TestWorker.start(shared);
    // A British workshop: its mails are written in English, which the assertions read.
    workshop = await api.signupWorkshop('Mail Garage', { timezone: ZONE, country: 'GB' });
    await configure(api, workshop, {
      openingHours: WEEKDAYS_OPEN,
      slotMinutes: 60,
      bays: 3,
      minNoticeMinutes: 0,
      horizonDays: 365,
      cancellationCutoffMinutes: 0,
      reminderLeadMinutes: 1440,
    });
    service = await addService(api, workshop, { name: 'Brake service' });
  });

  afterAll(async () => {
    await api.close();
    await worker.close();
    await sink.close();
  });

  const mailsTo = (address: string, subject: RegExp) =>
    sink.messages.filter((mail) => mail.to.includes(address) && subject.test(mail.subject));

  async function bookFor(email: string, start: DateTime): Promise<Booked> {
    return book(api, workshop, bookingBody(service, start, { customer: customer({ email }) }));
  }

  /** Ledger rows of this workshop for `template`, by appointment (the idempotency key names it). */
  async function ledger(template: string): Promise<string[]> {
    const rows = await withAdminClient(
      async (client) =>
        (
          await client.query(
            'select idempotency_key from mail_messages where tenant_id = $1 and template = $2 order by created_at',
            [workshop.tenantId, template],
          )
        ).rows as { idempotency_key: string }[],
    );
    return rows.map((row) => row.idempotency_key);
  }

  it('a booking is confirmed by mail with the manage link and an .ics file of the appointment', async () => {
    const email = `confirm-${randomBytes(3).toString('hex')}@example.test`;
    const start = weekdayAt(9, 4);
    const booked = await bookFor(email, start);
    const mail = await sink.waitFor((m) => m.to.includes(email) && SUBJECTS.confirmation.test(m.subject));
    // The manage link in the mail's language (linkInLanguage): the page needs no round trip to learn it.
    expect(mail.text).toContain(booked.manageUrl.replace('/booking#', '/booking?lang=en#'));
    expect(mail.text).toContain('Brake service');
    const parsed = await simpleParser(mail.raw);
    const ics = parsed.attachments.find((attachment) => attachment.contentType.startsWith('text/calendar'));
    expect(ics?.filename).toBe('appointment.ics');
    const calendar = ics?.content.toString('utf8') ?? '';
    expect(calendar).toContain('BEGIN:VEVENT');
    expect(calendar).toContain(`UID:${booked.id}@pitlane`);
    expect(calendar).toContain(`DTSTART:${start.toUTC().toFormat("yyyyMMdd'T'HHmmss'Z'")}`);
    // The token sits in the ledger only sealed, and is wiped once sent.
    const dump = await withAdminClient(async (client) =>
      JSON.stringify(
        (await client.query('select * from mail_messages where tenant_id = $1', [workshop.tenantId])).rows,
      ),
    );
    expect(dump).not.toContain(booked.manageToken);
    expect(worker.logLines.join('\n')).not.toContain(booked.manageToken);
  });

  it('a customer move and a cancellation are each mailed, the move with the updated .ics', async () => {
    const email = `move-${randomBytes(3).toString('hex')}@example.test`;
    const booked = await bookFor(email, weekdayAt(11, 4));
    const moved = await manageBooking(api, booked.manageToken, {
      action: 'reschedule',
      startsAt: iso(weekdayAt(13, 4)),
    });
    expect(moved.status).toBe(200);
    const movedMail = await sink.waitFor((m) => m.to.includes(email) && SUBJECTS.rescheduled.test(m.subject));
    const calendar = (await simpleParser(movedMail.raw)).attachments[0]?.content.toString('utf8') ?? '';
    expect(calendar).toContain('SEQUENCE:2');
    expect(calendar).toContain(`DTSTART:${weekdayAt(13, 4).toUTC().toFormat("yyyyMMdd'T'HHmmss'Z'")}`);
    const cancelled = await manageBooking(api, booked.manageToken, { action: 'cancel' });
    expect(cancelled.status).toBe(200);
    const cancelMail = await sink.waitFor((m) => m.to.includes(email) && SUBJECTS.cancelled.test(m.subject));
    expect((await simpleParser(cancelMail.raw)).attachments[0]?.content.toString('utf8')).toContain('STATUS:CANCELLED');
  });

  it('reminders: once at the lead time, at the new time after a move, none when cancelled, unchanged by a worker restart', async () => {
    const tag = randomBytes(3).toString('hex');
    const kept = `kept-${tag}@example.test`;
    const movedEmail = `moved-${tag}@example.test`;
    const cancelledEmail = `cancelled-${tag}@example.test`;
    const keptStart = weekdayAt(10, 7);
    const a = await bookFor(kept, keptStart);
    const b = await bookFor(movedEmail, weekdayAt(11, 7));
    const newStart = weekdayAt(15, 9);
    expect((await manageBooking(api, b.manageToken, { action: 'reschedule', startsAt: iso(newStart) })).status).toBe(
      200,
    );
    const c = await bookFor(cancelledEmail, weekdayAt(12, 7));
    expect((await manageBooking(api, c.manageToken, { action: 'cancel' })).status).toBe(200);

    const reminderKeys = async (id: string) => (await ledger('appointment_reminder')).filter((key) => key.includes(id));
    const sweepAt = (time: DateTime) => worker.app.get(ReminderSweep).sweep(time.toJSDate());
    const due = (start: DateTime) => start.minus({ hours: 24 });

    // One minute before the lead time: nothing.
    await sweepAt(due(keptStart).minus({ minutes: 1 }));
    expect(await reminderKeys(a.id)).toEqual([]);

    // At the lead time: exactly one, sent; sweeping again changes nothing.
    await sweepAt(due(keptStart).plus({ minutes: 1 }));
    await sweepAt(due(keptStart).plus({ minutes: 2 }));
    expect(await reminderKeys(a.id)).toEqual([`appointment_reminder:${a.id}:1`]);
    await worker.drained();
    await sink.waitFor((m) => m.to.includes(kept) && SUBJECTS.reminder.test(m.subject));

    // The moved booking gets none at its old time.
    await sweepAt(due(weekdayAt(11, 7)).plus({ minutes: 1 }));
    expect(await reminderKeys(b.id)).toEqual([]);

    // A worker restart: the new process finds the same state in the database.
    await worker.close();
    worker = await TestWorker.start(shared);
    await sweepAt(due(keptStart).plus({ minutes: 5 }));
    expect(await reminderKeys(a.id)).toHaveLength(1);

    // The moved booking gets its reminder at the new time, once.
    await sweepAt(due(newStart).plus({ minutes: 1 }));
    await sweepAt(due(newStart).plus({ minutes: 30 }));
    expect(await reminderKeys(b.id)).toEqual([`appointment_reminder:${b.id}:2`]);

    // The cancelled one never gets one, however late the sweep.
    await sweepAt(due(weekdayAt(12, 7)).plus({ minutes: 1 }));
    await sweepAt(weekdayAt(12, 7).minus({ minutes: 1 }));
    expect(await reminderKeys(c.id)).toEqual([]);

    await worker.drained();
    await sink.waitFor((m) => m.to.includes(movedEmail) && SUBJECTS.reminder.test(m.subject));
    expect(mailsTo(kept, SUBJECTS.reminder)).toHaveLength(1);
    expect(mailsTo(movedEmail, SUBJECTS.reminder)).toHaveLength(1);
    expect(mailsTo(cancelledEmail, SUBJECTS.reminder)).toHaveLength(0);
    const reminder = mailsTo(movedEmail, SUBJECTS.reminder)[0] as ReceivedMail;
    expect(reminder.text).toContain(newStart.setLocale('en').toFormat('MMMM d, yyyy'));
  });
});
