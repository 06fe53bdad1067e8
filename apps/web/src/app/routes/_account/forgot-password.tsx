import { createFileRoute } from '@tanstack/react-router';
import { ForgotPasswordPage } from '@/features/account/components/forgot-password-page';

export const Route = createFileRoute('/_account/forgot-password')({ component: ForgotPasswordPage });
