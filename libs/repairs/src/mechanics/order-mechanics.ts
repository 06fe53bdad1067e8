import { ApiProperty } from '@nestjs/swagger';
import { RepairsError, RepairsErrorCode } from '../errors/repairs.error';

/** A mechanic assigned to a repair order, as the order response lists them. */
export class OrderMechanicResponse {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() name!: string;
}

/** 409 `mechanic_not_assigned` for a mechanic who is not on the order (`field` names the input). */
export function mechanicNotAssigned(field?: string): RepairsError {
  return new RepairsError(
    RepairsErrorCode.MechanicNotAssigned,
    field
      ? 'The mechanic responsible for a line must first be assigned to the repair order.'
      : 'Only mechanics assigned to this repair order clock time on it.',
    field ? [{ field, message: 'is not assigned to this repair order' }] : undefined,
  );
}
