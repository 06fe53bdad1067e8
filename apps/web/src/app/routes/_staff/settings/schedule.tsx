import { createFileRoute } from '@tanstack/react-router';
import { SchedulePage } from '@/features/schedule-settings/components/schedule-page';

export const Route = createFileRoute('/_staff/settings/schedule')({ component: SchedulePage });
