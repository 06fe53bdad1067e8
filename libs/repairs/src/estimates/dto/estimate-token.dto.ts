import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

/** The longest estimate token accepted before any signature check (a real one is 87 characters). */
export const ESTIMATE_TOKEN_MAX = 200;

export const ESTIMATE_TOKEN_DESCRIPTION =
  'The signed token of the estimate link (it names the workshop); sent in the body, never in a URL';

/**
 * `{ token }`: names the customer's estimate. The token travels in the body so it reaches no
 * access log, proxy log or browser history (the mailed link carries it in the URL fragment).
 */
export class EstimateTokenDto {
  @ApiProperty({ description: ESTIMATE_TOKEN_DESCRIPTION, maxLength: ESTIMATE_TOKEN_MAX })
  @IsString()
  @Length(1, ESTIMATE_TOKEN_MAX)
  token!: string;
}
