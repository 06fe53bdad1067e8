import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsISO8601, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { trimmed } from '../../parts/dto/create-part.dto';

export class CreateRepairOrderDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  vehicleId!: string;

  @ApiPropertyOptional({ format: 'uuid', description: "Who brought the car; defaults to the vehicle's owner" })
  @ValidateIf((_, value) => value !== undefined)
  @IsUUID()
  clientId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The appointment the car came in for' })
  @ValidateIf((_, value) => value !== undefined)
  @IsUUID()
  appointmentId?: string;

  @ApiPropertyOptional({ type: 'integer', example: 123_456, description: 'Odometer at drop-off, km' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(9_999_999)
  mileageIn?: number;

  @ApiPropertyOptional({ example: 'Squealing brakes at low speed' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(4000)
  complaint?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(4000)
  notes?: string;

  @ApiPropertyOptional({
    format: 'date-time',
    example: '2026-12-07T15:00:00Z',
    description: 'When the car is promised back',
  })
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true })
  promisedAt?: string;
}
