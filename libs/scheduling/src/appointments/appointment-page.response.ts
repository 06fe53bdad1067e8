import { ApiProperty } from '@nestjs/swagger';
import { PageResponse } from '@pitlane/core';
import { AppointmentResponse } from './appointment.response';

/** One page of a client's or a vehicle's bookings. */
export class AppointmentPageResponse extends PageResponse {
  @ApiProperty({ type: [AppointmentResponse] }) items!: AppointmentResponse[];
}
