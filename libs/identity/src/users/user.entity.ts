import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { Locale } from '../tenants/tenant.entity';

/** A person who can log in. Global: the same person may work for several workshops. */
@Entity('users')
export class User {
  @PrimaryColumn('uuid')
  id!: string;

  /** Stored lower-cased and trimmed. */
  @Column('text')
  email!: string;

  @Column('text')
  name!: string;

  @Column('text', { name: 'password_hash', select: false })
  passwordHash!: string;

  /** The person's own language (app and the mails addressed to them); null follows the workshop's. */
  @Column('text', { nullable: true })
  locale!: Locale | null;

  @Column('timestamptz', { name: 'email_verified_at', nullable: true })
  emailVerifiedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
