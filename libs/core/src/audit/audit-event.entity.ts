import { Column, Entity } from 'typeorm';
import { TenantEntity } from '../database/tenant-entity';

/**
 * One change to one entity: who, what, which fields. Never the values: an audit trail that
 * stored old and new values would be a second, unencrypted copy of the personal data.
 */
@Entity('audit_events')
export class AuditEvent extends TenantEntity {
  @Column('uuid', { name: 'actor_user_id', nullable: true })
  actorUserId!: string | null;

  /** `<entity>.<verb>`, e.g. `vehicle.updated`, `client.erased`. */
  @Column('text')
  action!: string;

  @Column('text', { name: 'entity_type' })
  entityType!: string;

  @Column('uuid', { name: 'entity_id' })
  entityId!: string;

  @Column('text', { name: 'changed_fields', array: true })
  changedFields!: string[];

  @Column('timestamptz', { name: 'occurred_at' })
  occurredAt!: Date;
}

export const AUDIT_ENTITIES = [AuditEvent];
