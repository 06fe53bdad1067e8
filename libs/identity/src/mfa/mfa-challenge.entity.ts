import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A sign-in waiting for its second factor: the `jti` of one mfaToken, spent once. */
@Entity('mfa_challenges')
export class MfaChallenge {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt!: Date;

  @Column('timestamptz', { name: 'used_at', nullable: true })
  usedAt!: Date | null;

  @Column('integer', { name: 'failed_attempts' })
  failedAttempts!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
