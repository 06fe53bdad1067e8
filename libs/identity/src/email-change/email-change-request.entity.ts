import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A change of address waiting for the link sent to the new address. Global, like users. */
@Entity('email_change_requests')
export class EmailChangeRequest {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @Column('text', { name: 'new_email' })
  newEmail!: string;

  @Column('bytea', { name: 'token_hash' })
  tokenHash!: Buffer;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt!: Date;

  @Column('timestamptz', { name: 'used_at', nullable: true })
  usedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
