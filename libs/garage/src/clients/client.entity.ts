import { TenantEntity } from '@pitlane/core';
import { Column, CreateDateColumn, Entity, UpdateDateColumn, VersionColumn } from 'typeorm';

/** A workshop's customer. The national id exists only sealed: ciphertext plus blind index. */
@Entity('clients')
export class Client extends TenantEntity {
  @Column('text', { name: 'first_name' })
  firstName!: string;

  @Column('text', { name: 'last_name' })
  lastName!: string;

  @Column('text', { nullable: true })
  email!: string | null;

  /** E.164. */
  @Column('text', { nullable: true })
  phone!: string | null;

  @Column('bytea', { name: 'national_id_ciphertext', nullable: true })
  nationalIdCiphertext!: Buffer | null;

  @Column('bytea', { name: 'national_id_index', nullable: true })
  nationalIdIndex!: Buffer | null;

  @Column('text', { nullable: true })
  notes!: string | null;

  @Column('timestamptz', { name: 'gdpr_consent_at', nullable: true })
  gdprConsentAt!: Date | null;

  /** Bumped on every change; the search outbox uses it to order writes. */
  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
