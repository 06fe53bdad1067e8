import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiProperty, ApiPropertyOptional, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { APPOINTMENT_REFUSAL_REASONS, APPOINTMENT_STATUSES, SlotResponse } from '@pitlane/scheduling';

/**
 * The 409 of a staff move, resize or status change: problem details whose `reason` a screen
 * translates and whose `detail` says the same in English ("Another booking holds bay 2 at that
 * time.").
 */
export class AppointmentRefusalDto {
  @ApiProperty({ example: 'https://pitlane.dev/problems/slot-taken' }) type!: string;
  @ApiProperty({ example: 'Conflict' }) title!: string;
  @ApiProperty({ type: 'integer', example: 409 }) status!: number;
  @ApiProperty({ example: 'Another booking holds bay 2 at that time.' }) detail!: string;
  @ApiPropertyOptional({ example: '/api/v1/appointments/3f1c…/move' }) instance?: string;
  @ApiProperty({ enum: APPOINTMENT_REFUSAL_REASONS, enumName: 'AppointmentRefusalReason' }) reason!: string;
  @ApiPropertyOptional({
    enum: APPOINTMENT_STATUSES,
    enumName: 'AppointmentStatus',
    description: 'The status that refused the change (not_movable, invalid_status_transition)',
  })
  currentStatus?: string;
  @ApiPropertyOptional({
    enum: APPOINTMENT_STATUSES,
    enumName: 'AppointmentStatus',
    isArray: true,
    description: 'Where the status may go instead (invalid_status_transition)',
  })
  allowed?: string[];
  @ApiPropertyOptional({ type: [SlotResponse], description: 'Free times nearby (bay_taken)' })
  alternatives?: SlotResponse[];
  @ApiPropertyOptional({ example: 'taken' }) rule?: string;
}

/** Documents the 409 refusal of an appointment change. */
export function ApiAppointmentRefusal(): MethodDecorator {
  return applyDecorators(
    ApiExtraModels(AppointmentRefusalDto),
    ApiResponse({
      status: 409,
      description: 'Refused: the `reason` says why, the `detail` in words',
      content: { 'application/problem+json': { schema: { $ref: getSchemaPath(AppointmentRefusalDto) } } },
    }),
  );
}
