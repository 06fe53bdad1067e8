import { ApiProperty } from '@nestjs/swagger';
import { OperatorResponse } from './operator-me.response';

/** OpenAPI shape of `OperatorLoginResult`. */
export class OperatorLoginResponse {
  @ApiProperty({ description: 'Bearer token for /ops routes only; refused by every workshop route' })
  accessToken!: string;
  @ApiProperty({ type: 'integer', description: 'Seconds until the token expires (the session’s absolute end)' })
  expiresIn!: number;
  @ApiProperty({ type: 'integer', description: 'Seconds of inactivity after which the session ends' })
  idleTimeout!: number;
  @ApiProperty({ type: OperatorResponse }) operator!: OperatorResponse;
}
