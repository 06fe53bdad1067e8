import { ApiProperty } from '@nestjs/swagger';

/**
 * OpenAPI shape of the paging fields of `Page<T>`. Each list's page class extends it and adds its
 * own `items`, so every list answer is a concrete schema.
 */
export abstract class PageResponse {
  @ApiProperty({ type: 'integer', minimum: 1, example: 1 }) page!: number;
  @ApiProperty({ type: 'integer', minimum: 1, example: 20 }) limit!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Items on all pages together' }) total!: number;
}
