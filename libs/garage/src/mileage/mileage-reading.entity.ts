import { TenantEntity } from '@pitlane/core';
import { Column, Entity } from 'typeorm';

/** Where a reading came from: typed on the vehicle by staff, or noted at a repair order's intake. */
export const MILEAGE_SOURCES = ['vehicle', 'repair-order'] as const;
export type MileageSource = (typeof MILEAGE_SOURCES)[number];

/** One odometer reading of a vehicle (docs/vehicle-mileage.md). */
@Entity('vehicle_mileage_readings')
export class MileageReading extends TenantEntity {
  @Column('uuid', { name: 'vehicle_id' })
  vehicleId!: string;

  @Column('integer', { name: 'mileage_km' })
  mileageKm!: number;

  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt!: Date;

  @Column('text')
  source!: MileageSource;

  @Column('uuid', { name: 'repair_order_id', nullable: true })
  repairOrderId!: string | null;

  /** The order's number, copied when the reading is written (numbers never change). */
  @Column('integer', { name: 'repair_order_number', nullable: true })
  repairOrderNumber!: number | null;

  @Column('uuid', { name: 'recorded_by', nullable: true })
  recordedBy!: string | null;
}
