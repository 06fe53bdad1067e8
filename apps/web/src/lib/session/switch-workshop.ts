import { ApiError, asProblem } from '../api/problem';
import { COOKIE_DELIVERY } from './cookie-session';
import { sessionStore } from './session-store';

/** Opens a session in another of the person's workshops; the cookie follows the new session. */
export async function switchWorkshop(workshopId: string): Promise<void> {
  const token = sessionStore.accessToken();
  const response = await fetch('/api/v1/auth/switch', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/json',
      ...COOKIE_DELIVERY,
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ workshopId }),
    credentials: 'same-origin',
  });
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw new ApiError(asProblem(body), response.status);
  const session = body as { accessToken: string; workshop: { id: string } };
  sessionStore.signIn(session.accessToken, session.workshop.id);
}
