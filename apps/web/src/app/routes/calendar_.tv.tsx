import { createFileRoute } from '@tanstack/react-router';
import { Suspense } from 'react';
import { TvCalendarPage } from '@/features/calendar/components/tv-calendar-page';
import { FullPageSpinner } from '../shell/full-page-spinner';
import { requireStaffSession } from '../shell/require-staff-session';

/** The wall screen: signed in like the staff app, but without its shell (no controls to press). */
export const Route = createFileRoute('/calendar_/tv')({
  beforeLoad: ({ context, location }) => requireStaffSession(context.queryClient, location.href),
  component: () => (
    <Suspense fallback={<FullPageSpinner />}>
      <TvCalendarPage />
    </Suspense>
  ),
});
