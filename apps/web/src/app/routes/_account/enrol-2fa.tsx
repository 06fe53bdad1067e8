import { createFileRoute } from '@tanstack/react-router';
import { requireSignedIn } from '@/features/account/api/require-signed-in';
import { Enrol2faPage } from '@/features/account/components/enrol-2fa-page';

// The staff gate sends a person here when their workshop requires two-step verification.
export const Route = createFileRoute('/_account/enrol-2fa')({
  beforeLoad: ({ location }) => requireSignedIn(location.pathname),
  component: Enrol2faPage,
});
