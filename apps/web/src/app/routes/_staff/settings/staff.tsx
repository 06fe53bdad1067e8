import { createFileRoute } from '@tanstack/react-router';
import { StaffPage } from '@/features/settings/components/staff-page';

export const Route = createFileRoute('/_staff/settings/staff')({ component: StaffPage });
