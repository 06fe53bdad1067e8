import { createFileRoute } from '@tanstack/react-router';
import { SignupPage } from '@/features/account/components/signup-page';

export const Route = createFileRoute('/_account/signup')({ component: SignupPage });
