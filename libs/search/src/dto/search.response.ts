import { ApiProperty } from '@nestjs/swagger';
import { SEARCHABLE_TYPES, SearchableType } from '@pitlane/garage';

export class SearchItemResponse {
  @ApiProperty({ enum: SEARCHABLE_TYPES, enumName: 'SearchableType' }) type!: SearchableType;
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'WA 12345 · Volkswagen Golf 2014' }) title!: string;
  @ApiProperty({ example: 'Jan Kowalski · +48 601 234 567' }) subtitle!: string;
  @ApiProperty({ description: 'Relevance; higher is better. Comparable within one answer only.' }) score!: number;
}

export class SearchResponse {
  @ApiProperty({ type: [SearchItemResponse] }) items!: SearchItemResponse[];
  @ApiProperty({ description: 'Time spent answering, in milliseconds' }) tookMs!: number;
}
