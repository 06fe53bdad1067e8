import { createFileRoute } from '@tanstack/react-router';
import { ConfirmEmailPage } from '@/features/account/components/confirm-email-page';

// The token comes in the fragment (#token=...), read by the page; never a search param here.
export const Route = createFileRoute('/_account/confirm-email')({ component: ConfirmEmailPage });
