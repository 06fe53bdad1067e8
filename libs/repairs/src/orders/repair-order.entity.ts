import { TenantEntity } from '@pitlane/core';
import { Column, CreateDateColumn, Entity, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { RepairOrderStatus } from './status-workflow';

/** A car's visit: what the customer asked for, the work and parts (lines), and where it stands. */
@Entity('repair_orders')
export class RepairOrder extends TenantEntity {
  /** What people call the order: 1, 2, 3… per workshop, without gaps (RepairOrderRepository.nextNumber). */
  @Column('integer')
  number!: number;

  @Column('uuid', { name: 'vehicle_id' })
  vehicleId!: string;

  /** Null once the client was erased under GDPR; the order stays as the car's history. */
  @Column('uuid', { name: 'client_id', nullable: true })
  clientId!: string | null;

  @Column('uuid', { name: 'appointment_id', nullable: true })
  appointmentId!: string | null;

  @Column('text')
  status!: RepairOrderStatus;

  @Column('char', { length: 3 })
  currency!: string;

  @Column('integer', { name: 'mileage_in', nullable: true })
  mileageIn!: number | null;

  @Column('text', { nullable: true })
  complaint!: string | null;

  @Column('text', { nullable: true })
  notes!: string | null;

  /** When the car was promised back to the customer; null while nobody promised a time. */
  @Column('timestamptz', { name: 'promised_at', nullable: true })
  promisedAt!: Date | null;

  @Column('timestamptz', { name: 'status_changed_at' })
  statusChangedAt!: Date;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
