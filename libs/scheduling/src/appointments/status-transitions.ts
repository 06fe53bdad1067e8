import type { AppointmentStatus } from './appointment.entity';

/** Where each status may go next. Cancelled, no-show and completed are final. */
export const NEXT_STATUSES: { readonly [S in AppointmentStatus]: readonly AppointmentStatus[] } = {
  requested: ['confirmed', 'cancelled'],
  confirmed: ['checked_in', 'no_show', 'cancelled'],
  checked_in: ['completed'],
  no_show: [],
  cancelled: [],
  completed: [],
};
