import { createFileRoute } from '@tanstack/react-router';
import { TenantListPage } from '@/features/operator-console/components/tenant-list-page';
import { tenantListSearchSchema } from '@/features/operator-console/utils/tenant-list-search';

export const Route = createFileRoute('/ops/')({
  validateSearch: tenantListSearchSchema,
  component: TenantListPage,
});
