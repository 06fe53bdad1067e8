import { createFileRoute } from '@tanstack/react-router';
import { PartPage } from '@/features/parts/components/part-page';
import { NotFoundInShell } from '../../../shell/not-found-page';

export const Route = createFileRoute('/_staff/parts/$partId')({
  // On the API's 404 the page shows the app's "not found": missing and another workshop's look alike.
  component: () => <PartPage notFound={<NotFoundInShell />} />,
});
