import { createFileRoute } from '@tanstack/react-router';
import { reportSearchSchema } from '@/features/reports/utils/report-range';

// The search is validated here; the page (with Recharts) is in reports.lazy.tsx, so the charts
// download only when someone opens the reports.
export const Route = createFileRoute('/_staff/reports')({
  validateSearch: reportSearchSchema,
});
