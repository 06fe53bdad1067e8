import { PrimaryColumn } from 'typeorm';

/**
 * Base of every tenant-owned entity: the primary key is `(tenant_id, id)`, as ARCHITECTURE.md
 * requires, so no row can be addressed without its tenant and foreign keys carry the tenant.
 */
export abstract class TenantEntity {
  @PrimaryColumn('uuid', { name: 'tenant_id' })
  tenantId!: string;

  @PrimaryColumn('uuid')
  id!: string;
}
