import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, Length, Matches } from 'class-validator';
import { trimmed } from '../../parts/dto/create-part.dto';
import { ESTIMATE_TOKEN_DESCRIPTION, ESTIMATE_TOKEN_MAX } from './estimate-token.dto';
import { EstimateVerdictDto } from './estimate-verdict.dto';

/**
 * The customer's answer (`POST /public/estimates/decide`): the token of their link, the verdict,
 * their typed full name as signature, and the hash of the estimate they were shown, which must be
 * the version's own.
 */
export class DecideEstimateDto extends EstimateVerdictDto {
  @ApiProperty({ description: ESTIMATE_TOKEN_DESCRIPTION, maxLength: ESTIMATE_TOKEN_MAX })
  @IsString()
  @Length(1, ESTIMATE_TOKEN_MAX)
  token!: string;

  @ApiProperty({ example: 'Jan Kowalski', description: 'The customer types their full name to sign' })
  @Transform(trimmed)
  @IsString()
  @Length(2, 200)
  signatureName!: string;

  @ApiProperty({
    pattern: '^[0-9a-f]{64}$',
    description: 'The `hash` of the estimate as shown (`POST /public/estimates/view`)',
  })
  @IsString()
  @Matches(/^[0-9a-f]{64}$/, { message: 'must be the 64-character hex SHA-256 the estimate was shown with' })
  hash!: string;
}
