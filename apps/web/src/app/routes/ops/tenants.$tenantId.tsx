import { createFileRoute } from '@tanstack/react-router';
import { TenantPage } from '@/features/operator-console/components/tenant-page';

export const Route = createFileRoute('/ops/tenants/$tenantId')({
  component: TenantPage,
});
