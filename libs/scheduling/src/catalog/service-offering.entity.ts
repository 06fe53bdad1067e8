import { TenantEntity } from '@pitlane/core';
import { Column, CreateDateColumn, Entity, UpdateDateColumn } from 'typeorm';

/** A job the workshop offers: how long it takes and what it costs (minor units, VAT in basis points). */
@Entity('services')
export class ServiceOffering extends TenantEntity {
  @Column('text')
  name!: string;

  @Column('text', { nullable: true })
  description!: string | null;

  @Column('integer', { name: 'duration_minutes' })
  durationMinutes!: number;

  /** bigint comes back from pg as a string; prices stay far below 2^53. */
  @Column('bigint', { name: 'price_minor', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  priceMinor!: number;

  @Column('integer', { name: 'vat_rate_bp' })
  vatRateBp!: number;

  @Column('boolean')
  active!: boolean;

  @Column('boolean', { name: 'bookable_online' })
  bookableOnline!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
