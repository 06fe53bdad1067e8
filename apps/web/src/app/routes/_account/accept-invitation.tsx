import { createFileRoute } from '@tanstack/react-router';
import { AcceptInvitationPage } from '@/features/account/components/accept-invitation-page';

// The token comes in the fragment (#token=...), read by the page; never a search param here.
export const Route = createFileRoute('/_account/accept-invitation')({ component: AcceptInvitationPage });
