import { ApiProperty } from '@nestjs/swagger';
import { PageResponse } from '@pitlane/core';
import type { TenantSummary } from '@pitlane/platform';

const WORKSHOP_STATUSES = ['active', 'suspended'] as const;
const NOT_COUNTED = 'null while the workshop has not been counted yet (usageRolledUpAt null)';

/** A workshop as operators see it: its non-secret columns and rolled-up usage, never its data. */
export class OperatorTenantResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() slug!: string;
  @ApiProperty({ enum: WORKSHOP_STATUSES, enumName: 'WorkshopStatus' }) status!: 'active' | 'suspended';
  @ApiProperty({ example: 'PL' }) country!: string;
  @ApiProperty({ enum: ['en', 'pl', 'da'], enumName: 'Locale' }) locale!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When the owner verified the address',
  })
  verifiedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Plans do not exist yet: always null' })
  plan!: string | null;
  @ApiProperty({ type: 'integer', nullable: true, description: NOT_COUNTED }) staffCount!: number | null;
  @ApiProperty({ type: 'integer', nullable: true, description: NOT_COUNTED }) vehicles!: number | null;
  @ApiProperty({ type: 'integer', nullable: true, description: NOT_COUNTED }) clients!: number | null;
  @ApiProperty({ type: 'integer', nullable: true, description: NOT_COUNTED }) orders!: number | null;
  @ApiProperty({ type: 'integer', nullable: true, description: NOT_COUNTED }) invoices!: number | null;
  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: `Estimate of the rows the workshop holds, in bytes; ${NOT_COUNTED}`,
  })
  storageBytes!: number | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastActivityAt!: string | null;
  @ApiProperty({ type: 'integer', nullable: true, description: NOT_COUNTED }) vehicles30d!: number | null;
  @ApiProperty({ type: 'integer', nullable: true, description: NOT_COUNTED }) orders30d!: number | null;
  @ApiProperty({ type: 'integer', nullable: true, description: NOT_COUNTED }) invoices30d!: number | null;
  @ApiProperty({ type: 'integer', nullable: true, description: NOT_COUNTED }) mailsSent30d!: number | null;
  @ApiProperty({ type: 'integer', nullable: true, description: NOT_COUNTED }) mailsFailed30d!: number | null;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description:
      'When the usage figures were rolled up (every 10 minutes); null while the workshop has not been counted yet (signed up since the last rollup), and then every figure is null too',
  })
  usageRolledUpAt!: string | null;

  static of(summary: TenantSummary): OperatorTenantResponse {
    return {
      id: summary.tenantId,
      name: summary.name,
      slug: summary.slug,
      status: summary.status,
      country: summary.country,
      locale: summary.locale,
      createdAt: summary.createdAt.toISOString(),
      verifiedAt: summary.verifiedAt?.toISOString() ?? null,
      plan: null,
      staffCount: summary.staffCount,
      vehicles: summary.vehicles,
      clients: summary.clients,
      orders: summary.orders,
      invoices: summary.invoices,
      storageBytes: summary.storageBytes,
      lastActivityAt: summary.lastActivityAt?.toISOString() ?? null,
      vehicles30d: summary.vehicles30d,
      orders30d: summary.orders30d,
      invoices30d: summary.invoices30d,
      mailsSent30d: summary.mailsSent30d,
      mailsFailed30d: summary.mailsFailed30d,
      usageRolledUpAt: summary.usageRolledUpAt?.toISOString() ?? null,
    };
  }
}

export class OperatorTenantPageResponse extends PageResponse {
  @ApiProperty({ type: [OperatorTenantResponse] }) items!: OperatorTenantResponse[];
}
