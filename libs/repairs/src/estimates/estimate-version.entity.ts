import { TenantEntity } from '@pitlane/core';
import { Column, Entity } from 'typeorm';

export const ESTIMATE_DELIVERIES = ['email', 'none', 'on_the_spot'] as const;
/** How a version reached the customer: mailed, handed to staff to pass on, or approved in person. */
export type EstimateDelivery = (typeof ESTIMATE_DELIVERIES)[number];

/** One frozen estimate of an order, exactly as the customer is shown it. Never updated. */
@Entity('estimate_versions')
export class EstimateVersion extends TenantEntity {
  @Column('uuid', { name: 'order_id' })
  orderId!: string;

  /** 1, 2, … per order. */
  @Column('integer')
  version!: number;

  /** The canonical JSON (canonical-json.ts), byte for byte what `hash` is the SHA-256 of. */
  @Column('text')
  snapshot!: string;

  @Column('text')
  hash!: string;

  /** SHA-256 of the signed link token; null for a version approved on the spot. */
  @Column('bytea', { name: 'token_hash', nullable: true, select: false })
  tokenHash!: Buffer | null;

  @Column('timestamptz', { name: 'expires_at', nullable: true })
  expiresAt!: Date | null;

  @Column('text')
  delivery!: EstimateDelivery;

  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy!: string | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;
}
