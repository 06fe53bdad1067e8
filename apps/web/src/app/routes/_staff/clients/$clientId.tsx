import { createFileRoute } from '@tanstack/react-router';
import { ClientPage } from '@/features/clients/components/client-page';
import { NotFoundPage } from '../../../shell/not-found-page';

export const Route = createFileRoute('/_staff/clients/$clientId')({
  component: ClientPage,
  // The page throws notFound() on the API's 404: missing and another workshop's look the same.
  notFoundComponent: NotFoundPage,
});
