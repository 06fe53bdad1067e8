import { ApiProperty } from '@nestjs/swagger';
import { IsISO8601, IsString, Matches } from 'class-validator';

/** The manage token travels in the body, never in a path: paths end up in logs and problem bodies. */
export class ManageBookingDto {
  @ApiProperty({ description: 'The token from the manage link' })
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{43}$/, { message: 'is not a booking token' })
  token!: string;
}

export class RescheduleBookingDto extends ManageBookingDto {
  @ApiProperty({ example: '2026-03-31T10:00:00+02:00' })
  @IsISO8601({ strict: true })
  startsAt!: string;
}
