import { createFileRoute } from '@tanstack/react-router';
import { WorkshopPage } from '@/features/settings/components/workshop-page';

export const Route = createFileRoute('/_staff/settings/workshop')({ component: WorkshopPage });
