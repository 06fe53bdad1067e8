import { TenantEntity } from '@pitlane/core';
import { Column, CreateDateColumn, Entity, UpdateDateColumn, VersionColumn } from 'typeorm';

export const FUEL_TYPES = [
  'petrol',
  'diesel',
  'hybrid',
  'plug_in_hybrid',
  'electric',
  'lpg',
  'cng',
  'hydrogen',
  'other',
] as const;
export type FuelType = (typeof FUEL_TYPES)[number];

/** A car a workshop knows. The VIN exists only sealed: ciphertext, full and last-6 blind indexes. */
@Entity('vehicles')
export class Vehicle extends TenantEntity {
  /** Null only after the owner was erased under GDPR. */
  @Column('uuid', { name: 'client_id', nullable: true })
  clientId!: string | null;

  @Column('bytea', { name: 'vin_ciphertext', nullable: true })
  vinCiphertext!: Buffer | null;

  @Column('bytea', { name: 'vin_index', nullable: true })
  vinIndex!: Buffer | null;

  @Column('bytea', { name: 'vin_last6_index', nullable: true })
  vinLast6Index!: Buffer | null;

  /** As entered, for display. */
  @Column('text', { nullable: true })
  plate!: string | null;

  /** For matching: upper case, letters and digits only. */
  @Column('text', { name: 'plate_normalized', nullable: true })
  plateNormalized!: string | null;

  @Column('text')
  make!: string;

  @Column('text')
  model!: string;

  @Column('integer', { nullable: true })
  year!: number | null;

  @Column('text', { nullable: true })
  engine!: string | null;

  @Column('text', { name: 'fuel_type', nullable: true })
  fuelType!: FuelType | null;

  @Column('integer', { name: 'mileage_km', nullable: true })
  mileageKm!: number | null;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
