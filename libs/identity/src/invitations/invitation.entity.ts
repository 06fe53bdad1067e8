import { TenantEntity } from '@pitlane/core';
import { Column, CreateDateColumn, Entity, UpdateDateColumn } from 'typeorm';
import { Role } from '../memberships/role';

/**
 * An invitation to join a workshop with a role. Only the SHA-256 of its link token is kept;
 * resending replaces the hash, so the older link stops working.
 */
@Entity('invitations')
export class Invitation extends TenantEntity {
  /** Stored lower-cased and trimmed. */
  @Column('text')
  email!: string;

  /** What the inviter called the person, if anything: a suggestion for the account's name. */
  @Column('text', { nullable: true })
  name!: string | null;

  @Column('text')
  role!: Role;

  @Column('bytea', { name: 'token_hash' })
  tokenHash!: Buffer;

  @Column('uuid', { name: 'invited_by', nullable: true })
  invitedBy!: string | null;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt!: Date;

  @Column('timestamptz', { name: 'accepted_at', nullable: true })
  acceptedAt!: Date | null;

  @Column('uuid', { name: 'accepted_user_id', nullable: true })
  acceptedUserId!: string | null;

  @Column('timestamptz', { name: 'revoked_at', nullable: true })
  revokedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

export type InvitationStatus = 'pending' | 'accepted' | 'revoked' | 'expired';

export const INVITATION_STATUSES: readonly InvitationStatus[] = ['pending', 'accepted', 'revoked', 'expired'];

/** Where an invitation stands now: expiry is a matter of time, not of a stored flag. */
export function statusOf(invitation: Invitation, now = new Date()): InvitationStatus {
  if (invitation.acceptedAt) return 'accepted';
  if (invitation.revokedAt) return 'revoked';
  return invitation.expiresAt.getTime() <= now.getTime() ? 'expired' : 'pending';
}
