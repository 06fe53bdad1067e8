import { createFileRoute } from '@tanstack/react-router';
import { PartListPage } from '@/features/parts/components/part-list-page';
import { partListSearchSchema } from '@/features/parts/utils/part-list-search';

export const Route = createFileRoute('/_staff/parts/')({
  validateSearch: partListSearchSchema,
  component: PartListPage,
});
