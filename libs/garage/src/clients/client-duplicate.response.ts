import { ApiProperty } from '@nestjs/swagger';
import { ClientResponse } from './client.response';

export const DUPLICATE_MATCHES = ['email', 'phone', 'name'] as const;
export type DuplicateMatch = (typeof DUPLICATE_MATCHES)[number];

/** Another client of the workshop who is probably the same person, and why. */
export class ClientDuplicateResponse extends ClientResponse {
  @ApiProperty({
    enum: DUPLICATE_MATCHES,
    enumName: 'DuplicateMatch',
    isArray: true,
    description: 'What matched, strongest first',
  })
  matchedOn!: DuplicateMatch[];
}
