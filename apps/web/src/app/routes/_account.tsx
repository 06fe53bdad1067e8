import { createFileRoute } from '@tanstack/react-router';
import { AccountLayout } from '../shell/account-layout';

export const Route = createFileRoute('/_account')({ component: AccountLayout });
