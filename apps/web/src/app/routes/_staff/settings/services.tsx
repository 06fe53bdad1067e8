import { createFileRoute } from '@tanstack/react-router';
import { ServicesPage } from '@/features/schedule-settings/components/services-page';

export const Route = createFileRoute('/_staff/settings/services')({ component: ServicesPage });
