import { createFileRoute } from '@tanstack/react-router';
import { PersonalPage } from '@/features/settings/components/personal-page';

export const Route = createFileRoute('/_staff/settings/personal')({ component: PersonalPage });
