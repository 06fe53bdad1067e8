import { createEvent } from 'ics';
import type { Appointment } from '../appointments/appointment.entity';

export interface CalendarFileInput {
  readonly appointment: Appointment;
  readonly title: string;
  readonly workshopName: string;
  readonly cancelled?: boolean;
}

/**
 * The appointment as an iCalendar file (RFC 5545). The UID is stable per appointment and the
 * sequence is its schedule version, so a calendar replaces the event when it moves.
 */
export function appointmentCalendarFile(input: CalendarFileInput): string {
  const { appointment } = input;
  const { error, value } = createEvent({
    productId: 'pitlane/scheduling',
    method: input.cancelled ? 'CANCEL' : 'PUBLISH',
    uid: `${appointment.id}@pitlane`,
    sequence: appointment.scheduleVersion,
    start: appointment.startsAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: appointment.endsAt.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    title: input.title,
    location: input.workshopName,
    status: input.cancelled ? 'CANCELLED' : 'CONFIRMED',
  });
  if (error || !value) throw new Error(`Could not build the appointment's calendar file: ${error?.message ?? 'empty'}`);
  return value;
}
