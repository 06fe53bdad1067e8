import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, isISO8601, IsString, Length, ValidateBy } from 'class-validator';

export const MANAGE_BOOKING_ACTIONS = ['cancel', 'reschedule'] as const;
export type ManageBookingAction = (typeof MANAGE_BOOKING_ACTIONS)[number];

/** The longest manage token accepted before any signature check (a real one is 87 characters). */
const TOKEN_MAX = 200;
export const CANCELLATION_REASON_MAX = 500;

const TOKEN_DESCRIPTION =
  'The signed token of the manage link (it names the workshop); sent in the body, never in a URL';

/**
 * `{ token }`: names the customer's booking. The token travels in the body so it reaches no
 * access log, proxy log or browser history.
 */
export class BookingTokenDto {
  @ApiProperty({ description: TOKEN_DESCRIPTION, maxLength: TOKEN_MAX })
  @IsString()
  @Length(1, TOKEN_MAX)
  token!: string;
}

/** `{ "token", "action": "cancel", "reason"? }`: cancels the booking; staff see the reason. */
export class CancelBookingAction {
  @ApiProperty({ description: TOKEN_DESCRIPTION }) token!: string;
  @ApiProperty({ enum: ['cancel'] }) action!: 'cancel';
  @ApiPropertyOptional({ maxLength: CANCELLATION_REASON_MAX, description: 'Why, in the customer’s words' })
  reason?: string;
}

/** `{ "token", "action": "reschedule", "startsAt" }`: moves the booking, services unchanged. */
export class RescheduleBookingAction {
  @ApiProperty({ description: TOKEN_DESCRIPTION }) token!: string;
  @ApiProperty({ enum: ['reschedule'] }) action!: 'reschedule';
  @ApiProperty({ example: '2026-03-31T10:00:00+02:00', description: 'The new start, with an offset' })
  startsAt!: string;
}

const trimmedOrAbsent = ({ value }: { value: unknown }) => {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
};

/**
 * The body of `POST /public/bookings/manage`, discriminated by `action`. `startsAt` belongs to
 * `reschedule` only, `reason` to `cancel` only, and any other field is refused. (Validated as
 * one class; documented as the two shapes above.)
 */
export class ManageBookingDto extends BookingTokenDto {
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

  @Transform(trimmedOrAbsent)
  @ValidateBy({
    name: 'reasonFitsAction',
    validator: {
      validate: (value: unknown, args) =>
        value === undefined ||
        ((args?.object as ManageBookingDto).action === 'cancel' &&
          typeof value === 'string' &&
          value.length <= CANCELLATION_REASON_MAX),
      defaultMessage: (args) =>
        (args?.object as ManageBookingDto).action === 'cancel'
          ? `must be a text of at most ${CANCELLATION_REASON_MAX} characters`
          : 'is only sent with action "cancel"',
    },
  })
  reason?: string;
}
