import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The running balance of one part: the sum of its ledger, kept in the same transaction. */
@Entity('part_stock')
export class PartStock {
  @PrimaryColumn('uuid', { name: 'tenant_id' })
  tenantId!: string;

  @PrimaryColumn('uuid', { name: 'part_id' })
  partId!: string;

  @Column('integer', { name: 'on_hand' })
  onHand!: number;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}
