import { ApiProperty } from '@nestjs/swagger';
import { ServiceOffering } from './service-offering.entity';

export class ServiceOfferingResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ nullable: true, type: String }) description!: string | null;
  @ApiProperty({ type: 'integer' }) durationMinutes!: number;
  @ApiProperty({ type: 'integer' }) priceMinor!: number;
  @ApiProperty({ type: 'integer' }) vatRateBp!: number;
  @ApiProperty() active!: boolean;
  @ApiProperty() bookableOnline!: boolean;
}

export function presentService(service: ServiceOffering): ServiceOfferingResponse {
  return {
    id: service.id,
    name: service.name,
    description: service.description,
    durationMinutes: service.durationMinutes,
    priceMinor: service.priceMinor,
    vatRateBp: service.vatRateBp,
    active: service.active,
    bookableOnline: service.bookableOnline,
  };
}
