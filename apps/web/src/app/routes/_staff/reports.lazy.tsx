import { createLazyFileRoute } from '@tanstack/react-router';
import { ReportsPage } from '@/features/reports/components/reports-page';

export const Route = createLazyFileRoute('/_staff/reports')({
  component: ReportsPage,
});
