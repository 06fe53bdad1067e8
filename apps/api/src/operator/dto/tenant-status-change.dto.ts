import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, MaxLength, MinLength } from 'class-validator';

/** Why an operator suspends or reactivates a workshop: written to the operator audit log. */
export class TenantStatusChangeDto {
  @ApiProperty({ minLength: 3, maxLength: 500, description: 'Why, for the audit log' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(3)
  @MaxLength(500)
  reason!: string;
}
