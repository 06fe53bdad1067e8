import { TenantEntity } from '@pitlane/core';
import { Column, CreateDateColumn, Entity, UpdateDateColumn, VersionColumn } from 'typeorm';
import { BIGINT_NUMBER } from '../money/bigint-number';

/** A stocked part. Its stock on hand is in PartStock, derived from the movement ledger. */
@Entity('parts')
export class Part extends TenantEntity {
  @Column('text', { name: 'part_number' })
  partNumber!: string;

  /** Upper-cased, spaces and dashes removed: unique per workshop. */
  @Column('text', { name: 'part_number_key' })
  partNumberKey!: string;

  @Column('text')
  name!: string;

  @Column('text', { nullable: true })
  brand!: string | null;

  @Column('bigint', { name: 'cost_minor', transformer: BIGINT_NUMBER })
  costMinor!: number;

  @Column('bigint', { name: 'price_minor', transformer: BIGINT_NUMBER })
  priceMinor!: number;

  @Column('integer', { name: 'vat_rate_bp' })
  vatRateBp!: number;

  @Column('integer', { name: 'reorder_point' })
  reorderPoint!: number;

  @Column('text', { nullable: true })
  location!: string | null;

  @Column('boolean')
  active!: boolean;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
