import { TenantEntity } from '@pitlane/core';
import { Column, CreateDateColumn, Entity, UpdateDateColumn, VersionColumn } from 'typeorm';

export const APPOINTMENT_STATUSES = [
  'requested',
  'confirmed',
  'checked_in',
  'no_show',
  'cancelled',
  'completed',
] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];
export type AppointmentSource = 'online' | 'staff';

/**
 * A booked bay. `occupiedUntil` is `endsAt` plus the workshop's buffer; the database's
 * exclusion constraint keeps non-cancelled ranges of one bay from overlapping.
 */
@Entity('appointments')
export class Appointment extends TenantEntity {
  @Column('uuid', { name: 'client_id' })
  clientId!: string;

  @Column('uuid', { name: 'vehicle_id', nullable: true })
  vehicleId!: string | null;

  @Column('integer')
  bay!: number;

  @Column('timestamptz', { name: 'starts_at' })
  startsAt!: Date;

  @Column('timestamptz', { name: 'ends_at' })
  endsAt!: Date;

  @Column('timestamptz', { name: 'occupied_until' })
  occupiedUntil!: Date;

  @Column('text')
  status!: AppointmentStatus;

  @Column('text')
  source!: AppointmentSource;

  @Column('text', { nullable: true })
  notes!: string | null;

  /** SHA-256 of the customer's manage token; the token itself is never stored. */
  @Column('bytea', { name: 'manage_token_hash', nullable: true, select: false })
  manageTokenHash!: Buffer | null;

  /** Bumped on every move: names the reminder (and reschedule mail) of each booked time. */
  @Column('integer', { name: 'schedule_version' })
  scheduleVersion!: number;

  @Column('timestamptz', { name: 'reminder_due_at', nullable: true })
  reminderDueAt!: Date | null;

  @Column('timestamptz', { name: 'reminder_sent_at', nullable: true })
  reminderSentAt!: Date | null;

  @Column('timestamptz', { name: 'cancelled_at', nullable: true })
  cancelledAt!: Date | null;

  /** What the customer wrote when cancelling from the manage link; staff read it. */
  @Column('text', { name: 'cancellation_reason', nullable: true })
  cancellationReason!: string | null;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
