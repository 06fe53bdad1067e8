import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { APPOINTMENT_STATUSES, AppointmentStatus } from '../appointment.entity';

export class ChangeStatusDto {
  @ApiProperty({ enum: APPOINTMENT_STATUSES, enumName: 'AppointmentStatus' })
  @IsIn(APPOINTMENT_STATUSES)
  status!: AppointmentStatus;
}
