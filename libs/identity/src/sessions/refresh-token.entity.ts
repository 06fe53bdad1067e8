import { Column, CreateDateColumn, Entity } from 'typeorm';
import { TenantEntity } from '@pitlane/core';

/** One refresh token of a session. Only its hash is kept; a used one is never valid again. */
@Entity('refresh_tokens')
export class RefreshToken extends TenantEntity {
  @Column('uuid', { name: 'session_id' })
  sessionId!: string;

  @Column('bytea', { name: 'token_hash' })
  tokenHash!: Buffer;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'used_at', nullable: true })
  usedAt!: Date | null;
}
