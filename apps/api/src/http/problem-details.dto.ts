import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiResponse } from '@nestjs/swagger';
import { SESSION_END_REASONS } from '@pitlane/identity';
import { APPOINTMENT_REFUSAL_REASONS } from '@pitlane/scheduling';
import { STATUS_CODES } from 'node:http';

class FieldProblemDto {
  @ApiProperty({ example: 'email' }) field!: string;
  @ApiProperty({ example: 'must be an email' }) message!: string;
}

/** OpenAPI shape of RFC 9457 problem details, the body of every error. */
export class ProblemDetailsDto {
  @ApiProperty({ example: 'https://pitlane.dev/problems/validation-failed' }) type!: string;
  @ApiProperty({ example: 'Bad Request' }) title!: string;
  @ApiProperty({ type: 'integer', example: 400 }) status!: number;
  @ApiPropertyOptional() detail?: string;
  @ApiPropertyOptional({ example: '/api/v1/auth/signup' }) instance?: string;
  @ApiPropertyOptional({ type: [FieldProblemDto] }) errors?: FieldProblemDto[];
  @ApiPropertyOptional({ format: 'uuid', description: 'Only on 500: the id of the log line' }) errorId?: string;
  @ApiPropertyOptional({
    enum: [...SESSION_END_REASONS, ...APPOINTMENT_REFUSAL_REASONS],
    enumName: 'ProblemReason',
    description:
      'On 401 and 403 of the auth guard and of refresh: why the session cannot be used (docs/errors.md). ' +
      'On the 409 of an appointment move, resize or status change: why it was refused, for the screen ' +
      'to say in its language (bay_taken, outside_opening_hours, closed_date, not_movable, ' +
      'invalid_status_transition; `currentStatus` and `allowed` ride along on status refusals).',
  })
  reason?: string;
}

/** Documents the problem+json answers a route can give. */
export function ApiProblems(...statuses: number[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: STATUS_CODES[status],
        content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetailsDto' } } },
      }),
    ),
  );
}
