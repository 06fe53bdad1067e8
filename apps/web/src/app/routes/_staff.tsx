import { createFileRoute } from '@tanstack/react-router';
import { requireStaffSession } from '../shell/require-staff-session';
import { StaffShell } from '../shell/staff-shell';

export const Route = createFileRoute('/_staff')({
  beforeLoad: ({ context, location }) => requireStaffSession(context.queryClient, location.href),
  component: StaffShell,
});
