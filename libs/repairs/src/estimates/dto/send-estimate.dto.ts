import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, Length } from 'class-validator';
import { trimmed } from '../../parts/dto/create-part.dto';

/** `POST /repair-orders/:id/estimates`: an optional note to the customer, part of what they approve. */
export class SendEstimateDto {
  @ApiPropertyOptional({ example: 'The rear discs are close to the limit; we recommend replacing them too.' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @Length(1, 1000)
  message?: string;
}
