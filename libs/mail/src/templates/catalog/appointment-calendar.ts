import type { MailAttachment } from '../mail-template';

/**
 * The appointment mails carry the booking as an iCalendar file, built by the scheduling context
 * and passed in the template data as `calendar` (times, services, the workshop: no secret).
 */
export function calendarAttachment(data: Readonly<Record<string, unknown>>): MailAttachment[] {
  const calendar = data.calendar;
  if (typeof calendar !== 'string' || calendar.length === 0) return [];
  return [{ filename: 'appointment.ics', contentType: 'text/calendar; charset=utf-8', content: calendar }];
}
