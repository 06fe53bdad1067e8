import { useNavigate } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useSession } from '@/lib/session/session-store';

/**
 * Leaves the staff shell for the sign-in page, which says the workshop is suspended, as soon as
 * an API call answers so (auth-fetch.ts): the person sees why, not a page of failed loads.
 */
export function useLeaveWhenSuspended(): void {
  const session = useSession();
  const navigate = useNavigate();
  const suspended = session.status === 'signed-out' && session.reason === 'suspended';
  useEffect(() => {
    if (suspended) void navigate({ to: '/login', search: { reason: 'suspended' } });
  }, [suspended, navigate]);
}
