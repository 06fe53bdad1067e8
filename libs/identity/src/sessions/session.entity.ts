import { Column, CreateDateColumn, Entity } from 'typeorm';
import { TenantEntity } from '@pitlane/core';

export type RevokeReason = 'logout' | 'refresh_token_reuse' | 'member_removed' | 'password_changed';

/** One login to one workshop: a family of rotated refresh tokens and the access tokens they mint. */
@Entity('sessions')
export class Session extends TenantEntity {
  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'last_seen_at' })
  lastSeenAt!: Date;

  /** The absolute end of the session, however active it is. */
  @Column('timestamptz', { name: 'expires_at' })
  expiresAt!: Date;

  @Column('timestamptz', { name: 'revoked_at', nullable: true })
  revokedAt!: Date | null;

  @Column('text', { name: 'revoke_reason', nullable: true })
  revokeReason!: RevokeReason | null;

  @Column('text', { name: 'user_agent', nullable: true })
  userAgent!: string | null;
}
