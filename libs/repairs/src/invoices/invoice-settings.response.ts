import { ApiProperty } from '@nestjs/swagger';

export class InvoiceSettingsResponse {
  @ApiProperty({ nullable: true, type: String }) legalName!: string | null;
  @ApiProperty({ nullable: true, type: String }) addressLine1!: string | null;
  @ApiProperty({ nullable: true, type: String }) addressLine2!: string | null;
  @ApiProperty({ nullable: true, type: String }) postalCode!: string | null;
  @ApiProperty({ nullable: true, type: String }) city!: string | null;
  @ApiProperty({ nullable: true, type: String }) country!: string | null;
  @ApiProperty({ nullable: true, type: String }) taxId!: string | null;
  @ApiProperty({ nullable: true, type: String }) bankName!: string | null;
  @ApiProperty({ nullable: true, type: String }) bankAccount!: string | null;
  @ApiProperty({ type: 'integer' }) paymentTermsDays!: number;
  @ApiProperty({ nullable: true, type: String }) footer!: string | null;
  @ApiProperty({ type: [String], description: 'Details still needed before an invoice can be issued' })
  missing!: string[];
  @ApiProperty({ nullable: true, type: String }) updatedAt!: string | null;
}
