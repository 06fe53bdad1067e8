import { Column, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** What a workshop prints on its invoices: one row per workshop. */
@Entity('invoice_settings')
export class InvoiceSettings {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @Column('text', { name: 'legal_name', nullable: true }) legalName!: string | null;
  @Column('text', { name: 'address_line1', nullable: true }) addressLine1!: string | null;
  @Column('text', { name: 'address_line2', nullable: true }) addressLine2!: string | null;
  @Column('text', { name: 'postal_code', nullable: true }) postalCode!: string | null;
  @Column('text', { nullable: true }) city!: string | null;
  @Column('text', { nullable: true }) country!: string | null;
  @Column('text', { name: 'tax_id', nullable: true }) taxId!: string | null;
  @Column('text', { name: 'bank_name', nullable: true }) bankName!: string | null;
  @Column('text', { name: 'bank_account', nullable: true }) bankAccount!: string | null;
  @Column('integer', { name: 'payment_terms_days' }) paymentTermsDays!: number;
  @Column('text', { nullable: true }) footer!: string | null;
  @VersionColumn() version!: number;
  @Column('uuid', { name: 'updated_by', nullable: true }) updatedBy!: string | null;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
