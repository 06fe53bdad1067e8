import { Column, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { OpeningHours } from '../availability/availability-engine';

/**
 * One workshop's booking rules as stored: one row per tenant, created with defaults on first use.
 * The time zone is not among them: the schedule runs in the workshop's one zone, which the
 * workshop profile owns (`tenants.time_zone`), so bookings, invoices and reports never disagree.
 */
@Entity('schedule_settings')
export class ScheduleSettingsRow {
  @PrimaryColumn('uuid', { name: 'tenant_id' })
  tenantId!: string;

  @Column('jsonb', { name: 'opening_hours' })
  openingHours!: OpeningHours;

  /** Local dates, "YYYY-MM-DD". */
  @Column('text', { name: 'closed_dates', array: true })
  closedDates!: string[];

  @Column('integer', { name: 'slot_minutes' })
  slotMinutes!: number;

  @Column('integer')
  bays!: number;

  /** One name per bay, in bay order; as long as `bays`. */
  @Column('text', { name: 'bay_names', array: true })
  bayNames!: string[];

  @Column('integer', { name: 'buffer_minutes' })
  bufferMinutes!: number;

  @Column('integer', { name: 'min_notice_minutes' })
  minNoticeMinutes!: number;

  @Column('integer', { name: 'horizon_days' })
  horizonDays!: number;

  @Column('integer', { name: 'cancellation_cutoff_minutes' })
  cancellationCutoffMinutes!: number;

  @Column('integer', { name: 'reminder_lead_minutes' })
  reminderLeadMinutes!: number;

  /** Off: the public page says so and takes no bookings; manage links keep working. */
  @Column('boolean', { name: 'booking_page_enabled' })
  bookingPageEnabled!: boolean;

  /** `#rrggbb`, lower case: the public page's and the widget's accent. */
  @Column('text', { name: 'booking_accent_color' })
  bookingAccentColor!: string;

  @VersionColumn()
  version!: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** The rules the schedule runs by: the stored ones, in the workshop's time zone (`ScheduleSettingsService.load`). */
export type ScheduleSettings = ScheduleSettingsRow & { readonly timeZone: string };
