import { ApiProperty } from '@nestjs/swagger';

/** OpenAPI shape of `SessionView`. */
export class SessionResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'date-time', description: 'When the session was opened (login, signup or switch)' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time', description: 'When a request last used it; updated at most once a minute' })
  lastUsedAt!: string;

  @ApiProperty({ format: 'date-time', description: 'Its absolute end, however active it is' })
  expiresAt!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'Firefox',
    description: 'The browser, or the program that is not one (curl), read from its User-Agent',
  })
  browser!: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'Windows' })
  os!: string | null;

  @ApiProperty({ description: 'The session this request came with' })
  current!: boolean;
}

/** OpenAPI shape of `Page<SessionView>`. */
export class SessionPageResponse {
  @ApiProperty({ type: [SessionResponse] }) items!: SessionResponse[];
  @ApiProperty({ type: 'integer', example: 1 }) page!: number;
  @ApiProperty({ type: 'integer', example: 20 }) limit!: number;
  @ApiProperty({ type: 'integer', example: 2 }) total!: number;
}
