import { codedDomainError, ErrorKind } from '@pitlane/core';

export enum SchedulingErrorCode {
  WorkshopNotFound = 'workshop_not_found',
  WorkshopNotAcceptingRequests = 'workshop_not_accepting_requests',
  BookingPageDisabled = 'booking_page_disabled',
  ServiceNotFound = 'service_not_found',
  AppointmentNotFound = 'appointment_not_found',
  BookingNotFound = 'booking_not_found',
  SlotInPast = 'slot_in_past',
  MinimumNotice = 'minimum_notice',
  BookingHorizon = 'booking_horizon',
  ClosedDate = 'closed_date',
  OutsideOpeningHours = 'outside_opening_hours',
  SlotNotAligned = 'slot_not_aligned',
  BufferConflict = 'buffer_conflict',
  SlotTaken = 'slot_taken',
  CancellationCutoff = 'cancellation_cutoff',
  InvalidTransition = 'invalid_status_transition',
  MoveOutsideOpeningHours = 'move_outside_opening_hours',
  InvalidRequest = 'invalid_scheduling_request',
}

const KIND: Readonly<Record<SchedulingErrorCode, ErrorKind>> = {
  [SchedulingErrorCode.WorkshopNotFound]: 'not_found',
  [SchedulingErrorCode.WorkshopNotAcceptingRequests]: 'forbidden',
  [SchedulingErrorCode.BookingPageDisabled]: 'forbidden',
  [SchedulingErrorCode.ServiceNotFound]: 'not_found',
  [SchedulingErrorCode.AppointmentNotFound]: 'not_found',
  [SchedulingErrorCode.BookingNotFound]: 'not_found',
  [SchedulingErrorCode.SlotInPast]: 'invalid',
  [SchedulingErrorCode.MinimumNotice]: 'invalid',
  [SchedulingErrorCode.BookingHorizon]: 'invalid',
  [SchedulingErrorCode.ClosedDate]: 'invalid',
  [SchedulingErrorCode.OutsideOpeningHours]: 'invalid',
  [SchedulingErrorCode.SlotNotAligned]: 'invalid',
  [SchedulingErrorCode.BufferConflict]: 'conflict',
  [SchedulingErrorCode.SlotTaken]: 'conflict',
  [SchedulingErrorCode.CancellationCutoff]: 'conflict',
  [SchedulingErrorCode.InvalidTransition]: 'conflict',
  [SchedulingErrorCode.MoveOutsideOpeningHours]: 'conflict',
  [SchedulingErrorCode.InvalidRequest]: 'invalid',
};

/**
 * Why staff cannot move, resize or change the status of an appointment: the `reason` member of
 * those 409 problems, a stable code a screen translates (the `detail` says it in English).
 */
export const APPOINTMENT_REFUSAL_REASONS = [
  'bay_taken',
  'outside_opening_hours',
  'closed_date',
  'not_movable',
  'invalid_status_transition',
] as const;
export type AppointmentRefusalReason = (typeof APPOINTMENT_REFUSAL_REASONS)[number];

/** Every expected failure of scheduling. Booking-rule failures carry `rule`, the rule's name. */
export class SchedulingError extends codedDomainError(KIND) {
  static workshopNotFound(): SchedulingError {
    return new SchedulingError(SchedulingErrorCode.WorkshopNotFound, 'No such workshop.');
  }

  /** A suspended workshop: its public pages and manage links stay readable as this answer only. */
  static workshopNotAcceptingRequests(): SchedulingError {
    return new SchedulingError(
      SchedulingErrorCode.WorkshopNotAcceptingRequests,
      'This workshop is not taking requests online at the moment; please contact it directly.',
    );
  }

  /** The workshop switched its booking page off: it takes no online bookings; manage links still work. */
  static bookingPageDisabled(): SchedulingError {
    return new SchedulingError(
      SchedulingErrorCode.BookingPageDisabled,
      'This workshop does not take bookings online at the moment; please contact it directly.',
    );
  }

  static appointmentNotFound(): SchedulingError {
    return new SchedulingError(SchedulingErrorCode.AppointmentNotFound, 'No such appointment in this workshop.');
  }

  static bookingNotFound(): SchedulingError {
    return new SchedulingError(
      SchedulingErrorCode.BookingNotFound,
      'No booking of this workshop matches this link, or it has been cancelled.',
    );
  }

  static serviceNotFound(field = 'serviceIds'): SchedulingError {
    return new SchedulingError(SchedulingErrorCode.ServiceNotFound, 'A requested service does not exist here.', [
      { field, message: 'names a service this workshop does not offer' },
    ]);
  }

  static invalid(field: string, message: string): SchedulingError {
    return new SchedulingError(SchedulingErrorCode.InvalidRequest, `The ${field} is not valid.`, [{ field, message }]);
  }
}
