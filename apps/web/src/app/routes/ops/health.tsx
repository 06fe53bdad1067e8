import { createFileRoute } from '@tanstack/react-router';
import { HealthPage } from '@/features/operator-console/components/health-page';

export const Route = createFileRoute('/ops/health')({
  component: HealthPage,
});
