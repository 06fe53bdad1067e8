import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery } from '@pitlane/core';
import { IsIn, IsOptional } from 'class-validator';

export const APPOINTMENT_LIST_WHEN = ['upcoming', 'past'] as const;
export type AppointmentListWhen = (typeof APPOINTMENT_LIST_WHEN)[number];

/** A client's or a vehicle's bookings: `?when=upcoming|past&page=1&limit=20`. */
export class AppointmentListQuery extends PageQuery {
  @ApiPropertyOptional({
    enum: APPOINTMENT_LIST_WHEN,
    enumName: 'AppointmentListWhen',
    default: 'upcoming',
    description:
      'upcoming: not yet ended, soonest first; past: ended, latest first. Cancelled and no-show bookings are listed with their status.',
  })
  @IsOptional()
  @IsIn(APPOINTMENT_LIST_WHEN)
  when: AppointmentListWhen = 'upcoming';
}
