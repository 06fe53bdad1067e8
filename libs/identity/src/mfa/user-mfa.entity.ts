import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * A person's two-step verification. Global, like the person. Secrets are sealed
 * (`MfaSecretCipher`); the id of the master key that sealed each one sits beside it so a
 * master-key rotation can find and re-seal them.
 */
@Entity('user_mfa')
export class UserMfa {
  @PrimaryColumn('uuid', { name: 'user_id' })
  userId!: string;

  /** The confirmed TOTP secret, sealed; null until enrolment is confirmed. */
  @Column('bytea', { nullable: true })
  secret!: Buffer | null;

  @Column('text', { name: 'secret_key_id', nullable: true })
  secretKeyId!: string | null;

  @Column('timestamptz', { name: 'enabled_at', nullable: true })
  enabledAt!: Date | null;

  /** The TOTP time step of the last code accepted: that code and every earlier one are spent. */
  @Column('bigint', {
    name: 'last_used_step',
    nullable: true,
    transformer: {
      to: (value: number | null) => value,
      from: (value: string | null) => (value === null ? null : Number(value)),
    },
  })
  lastUsedStep!: number | null;

  /** A secret shown by `setup` that no code has confirmed yet, sealed. */
  @Column('bytea', { name: 'pending_secret', nullable: true })
  pendingSecret!: Buffer | null;

  @Column('text', { name: 'pending_key_id', nullable: true })
  pendingKeyId!: string | null;

  @Column('timestamptz', { name: 'pending_since', nullable: true })
  pendingSince!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
