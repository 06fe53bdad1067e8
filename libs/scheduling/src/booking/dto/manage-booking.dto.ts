import { ApiProperty } from '@nestjs/swagger';
import { IsIn, isISO8601, ValidateBy } from 'class-validator';

export const MANAGE_BOOKING_ACTIONS = ['cancel', 'reschedule'] as const;
export type ManageBookingAction = (typeof MANAGE_BOOKING_ACTIONS)[number];

/** `{ "action": "cancel" }`: cancels the booking. Nothing else may be sent. */
export class CancelBookingAction {
  @ApiProperty({ enum: ['cancel'] }) action!: 'cancel';
}

/** `{ "action": "reschedule", "startsAt": ... }`: moves the booking, services unchanged. */
export class RescheduleBookingAction {
  @ApiProperty({ enum: ['reschedule'] }) action!: 'reschedule';
  @ApiProperty({ example: '2026-03-31T10:00:00+02:00', description: 'The new start, with an offset' })
  startsAt!: string;
}

/**
 * The body of `POST /public/bookings/:token`, discriminated by `action`. The token is in the
 * path and nowhere else; `startsAt` belongs to `reschedule` only, and any other field is refused.
 * (Validated as one class; documented as the two shapes above.)
 */
export class ManageBookingDto {
  @IsIn(MANAGE_BOOKING_ACTIONS, { message: 'must be "cancel" or "reschedule"' })
  action!: ManageBookingAction;

  @ValidateBy({
    name: 'startsAtFitsAction',
    validator: {
      validate: (value: unknown, args) =>
        (args?.object as ManageBookingDto).action === 'reschedule'
          ? typeof value === 'string' && isISO8601(value, { strict: true })
          : value === undefined,
      defaultMessage: (args) =>
        (args?.object as ManageBookingDto).action === 'reschedule'
          ? 'must be a date-time with an offset, e.g. 2026-03-31T10:00:00+02:00'
          : 'is only sent with action "reschedule"',
    },
  })
  startsAt?: string;
}
