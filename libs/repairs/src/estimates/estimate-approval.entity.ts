import { TenantEntity } from '@pitlane/core';
import { Column, Entity } from 'typeorm';

/** One line's verdict inside an approval. */
export interface LineDecision {
  readonly lineId: string;
  readonly approved: boolean;
}

export type ApprovalMethod = 'customer' | 'staff';

/**
 * The decision on one estimate version (at most one per version): what was decided on which
 * hash, by whom (the typed name; a staff member's id when staff recorded it), when by the
 * database clock and, for a customer, from which address and browser. Never updated.
 */
@Entity('estimate_approvals')
export class EstimateApproval extends TenantEntity {
  @Column('uuid', { name: 'order_id' })
  orderId!: string;

  @Column('uuid', { name: 'version_id' })
  versionId!: string;

  @Column('integer')
  version!: number;

  @Column('text')
  hash!: string;

  @Column('text')
  method!: ApprovalMethod;

  @Column('jsonb')
  decisions!: LineDecision[];

  @Column('text', { name: 'signature_name' })
  signatureName!: string;

  @Column('text', { nullable: true })
  note!: string | null;

  @Column('uuid', { name: 'staff_user_id', nullable: true })
  staffUserId!: string | null;

  @Column('inet', { name: 'ip_address', nullable: true })
  ipAddress!: string | null;

  @Column('text', { name: 'user_agent', nullable: true })
  userAgent!: string | null;

  @Column('timestamptz', { name: 'decided_at' })
  decidedAt!: Date;
}
