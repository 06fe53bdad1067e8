import { ApiProperty } from '@nestjs/swagger';
import { SEARCHABLE_TYPES, SearchableType } from '@pitlane/garage';

export class SearchItemResponse {
  @ApiProperty({ enum: SEARCHABLE_TYPES, enumName: 'SearchableType' }) type!: SearchableType;
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'WA 12345 · Volkswagen Golf 2014' }) title!: string;
  @ApiProperty({ example: 'Jan Kowalski · +48 601 234 567' }) subtitle!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Vehicles: the plate as registered', example: 'WA 12345' })
  plate!: string | null;
  @ApiProperty({
    description: "A client's full name, or a vehicle's make, model and year",
    example: 'Volkswagen Golf 2014',
  })
  name!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: "Vehicles: the owner's full name",
    example: 'Jan Kowalski',
  })
  ownerName!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: "The client's (or vehicle owner's) phone, internationally formatted",
    example: '+48 601 234 567',
  })
  phone!: string | null;
  @ApiProperty({ description: 'Relevance; higher is better. Comparable within one answer only.' }) score!: number;
}

export class SearchResponse {
  @ApiProperty({ type: [SearchItemResponse] }) items!: SearchItemResponse[];
  @ApiProperty({ description: 'Time spent answering, in milliseconds' }) tookMs!: number;
}
