import { ApiProperty } from '@nestjs/swagger';

/** An operator as they see themselves. */
export class OperatorResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'email' }) email!: string;
  @ApiProperty() name!: string;
}

/** `GET /ops/me`: who is signed in, and the session's rules. */
export class OperatorMeResponse {
  @ApiProperty({ type: OperatorResponse }) operator!: OperatorResponse;
  @ApiProperty({ type: 'integer', description: 'Seconds of inactivity after which the session ends' })
  idleTimeout!: number;
}
