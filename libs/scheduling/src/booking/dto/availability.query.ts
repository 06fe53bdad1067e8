import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsString, IsUUID, MaxLength } from 'class-validator';

/** `?from=2026-03-30&to=2026-04-12&serviceIds=a,b`: dates are the workshop's (or instants, read there). */
export class AvailabilityQuery {
  @ApiProperty({ example: '2026-03-30' })
  @IsString()
  @MaxLength(40)
  from!: string;

  @ApiProperty({ example: '2026-04-12' })
  @IsString()
  @MaxLength(40)
  to!: string;

  @ApiProperty({ type: String, example: 'uuid1,uuid2', description: 'Comma-separated service ids' })
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.split(',').map((id) => id.trim()) : value,
  )
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true })
  serviceIds!: string[];
}
