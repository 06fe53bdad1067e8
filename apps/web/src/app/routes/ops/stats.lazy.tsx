import { createLazyFileRoute } from '@tanstack/react-router';
import { StatsPage } from '@/features/operator-console/components/stats-page';

export const Route = createLazyFileRoute('/ops/stats')({
  component: StatsPage,
});
