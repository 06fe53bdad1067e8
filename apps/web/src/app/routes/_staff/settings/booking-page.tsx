import { createFileRoute } from '@tanstack/react-router';
import { BookingPageSettings } from '@/features/schedule-settings/components/booking-page-settings';

export const Route = createFileRoute('/_staff/settings/booking-page')({ component: BookingPageSettings });
