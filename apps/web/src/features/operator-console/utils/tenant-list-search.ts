import { listSearchSchema } from '@/ui/list-search';

/** The sorts the list offers, a subset of the API's (`OperatorTenantSort`). */
export const TENANT_SORTS = [
  '-createdAt',
  'name',
  '-lastActivityAt',
  '-staffCount',
  '-orders30d',
  '-invoices30d',
  '-mailsFailed30d',
  '-storageBytes',
] as const;
export type TenantSort = (typeof TENANT_SORTS)[number];

export const tenantListSearchSchema = listSearchSchema(TENANT_SORTS, '-createdAt');
