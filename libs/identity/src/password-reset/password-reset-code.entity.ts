import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A 6-digit password reset code, kept only as an HMAC under a server-side key. Global, like users. */
@Entity('password_reset_codes')
export class PasswordResetCode {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @Column('bytea', { name: 'code_hash' })
  codeHash!: Buffer;

  /** Wrong codes tried against this one. */
  @Column('integer')
  attempts!: number;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt!: Date;

  @Column('timestamptz', { name: 'used_at', nullable: true })
  usedAt!: Date | null;

  /** Set when a newer code was issued for the same user. */
  @Column('timestamptz', { name: 'replaced_at', nullable: true })
  replacedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
