import { createFileRoute } from '@tanstack/react-router';
import { VerifyEmailPage } from '@/features/account/components/verify-email-page';

// The token comes in the fragment (#token=...), read by the page; never a search param here.
export const Route = createFileRoute('/_account/verify-email')({ component: VerifyEmailPage });
