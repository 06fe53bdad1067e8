import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One service of an appointment, as named, timed and priced when it was booked. */
@Entity('appointment_services')
export class AppointmentLine {
  @PrimaryColumn('uuid', { name: 'tenant_id' })
  tenantId!: string;

  @PrimaryColumn('uuid', { name: 'appointment_id' })
  appointmentId!: string;

  @PrimaryColumn('uuid', { name: 'service_id' })
  serviceId!: string;

  @Column('integer')
  position!: number;

  @Column('text')
  name!: string;

  @Column('integer', { name: 'duration_minutes' })
  durationMinutes!: number;

  @Column('bigint', { name: 'price_minor', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  priceMinor!: number;

  @Column('integer', { name: 'vat_rate_bp' })
  vatRateBp!: number;
}
