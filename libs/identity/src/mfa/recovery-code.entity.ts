import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** One of a person's single-use recovery codes, as a keyed hash (`RecoveryCodes.hash`). */
@Entity('user_recovery_codes')
export class RecoveryCode {
  @PrimaryColumn('uuid', { name: 'user_id' })
  userId!: string;

  @PrimaryColumn('bytea', { name: 'code_hash' })
  codeHash!: Buffer;

  @Column('timestamptz', { name: 'used_at', nullable: true })
  usedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
