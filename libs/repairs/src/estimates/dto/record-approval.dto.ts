import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, Length } from 'class-validator';
import { trimmed } from '../../parts/dto/create-part.dto';
import { EstimateVerdictDto } from './estimate-verdict.dto';

/** An answer the customer gave staff by phone or in person, recorded by an owner or manager. */
export class RecordApprovalDto extends EstimateVerdictDto {
  @ApiProperty({ example: 'Jan Kowalski', description: 'Who gave the answer, as they said their name' })
  @Transform(trimmed)
  @IsString()
  @Length(2, 200)
  customerName!: string;

  @ApiPropertyOptional({ example: 'Approved by phone at 10:15, asked to keep the old pads' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @Length(1, 2000)
  note?: string;
}
