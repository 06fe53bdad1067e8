import { createFileRoute } from '@tanstack/react-router';
import { CalendarPage } from '@/features/calendar/components/calendar-page';
import { calendarSearchSchema } from '@/features/calendar/utils/calendar-search';

export const Route = createFileRoute('/_staff/calendar')({
  validateSearch: calendarSearchSchema,
  component: CalendarPage,
});
