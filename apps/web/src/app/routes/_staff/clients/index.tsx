import { createFileRoute } from '@tanstack/react-router';
import { ClientListPage } from '@/features/clients/components/client-list-page';
import { clientListSearchSchema } from '@/features/clients/utils/client-list-search';

export const Route = createFileRoute('/_staff/clients/')({
  validateSearch: clientListSearchSchema,
  component: ClientListPage,
});
