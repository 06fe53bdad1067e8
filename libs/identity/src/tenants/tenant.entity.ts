import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export type WorkshopStatus = 'active' | 'suspended';
/** The languages of the app and the mails: a workshop's default, a person's override. */
export const LOCALES = ['en', 'pl', 'da'] as const;
export type Locale = (typeof LOCALES)[number];

/** A workshop: the tenant every other row belongs to. */
@Entity('tenants')
export class Tenant {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  name!: string;

  @Column('text')
  slug!: string;

  @Column('text', { name: 'time_zone' })
  timeZone!: string;

  /** ISO 3166-1 alpha-2: the country of the address, and of the phone and id rules for clients. */
  @Column('text')
  country!: string;

  /**
   * The workshop's public address and contact, shown to customers (booking page, mails). Not the
   * billing address: invoices print the seller's legal seat from the invoicing settings.
   */
  @Column('text', { nullable: true })
  street!: string | null;

  @Column('text', { name: 'postal_code', nullable: true })
  postalCode!: string | null;

  @Column('text', { nullable: true })
  city!: string | null;

  @Column('text', { nullable: true })
  phone!: string | null;

  @Column('text', { name: 'public_email', nullable: true })
  publicEmail!: string | null;

  @Column('text')
  locale!: Locale;

  @Column('text')
  currency!: string;

  @Column('text')
  status!: WorkshopStatus;

  @Column('bytea', { name: 'wrapped_data_key' })
  wrappedDataKey!: Buffer;

  @Column('text', { name: 'data_key_wrapped_by' })
  dataKeyWrappedBy!: string;

  /** When set, every staff member must have two-step verification on before doing anything else. */
  @Column('boolean', { name: 'require_mfa', default: false })
  requireMfa!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
