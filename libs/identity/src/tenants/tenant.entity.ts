import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export type WorkshopStatus = 'active' | 'suspended';
export type Locale = 'en' | 'pl' | 'da';

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

  @Column('text')
  country!: string;

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
