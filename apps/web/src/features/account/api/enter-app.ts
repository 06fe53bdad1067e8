import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { useCallback } from 'react';
import { sessionStore } from '@/lib/session/session-store';

interface OpenedSession {
  readonly accessToken: string;
  readonly workshop: { readonly id: string };
}

/** Takes a session the API just opened (its refresh token already in the cookie) into memory. */
export function holdSession(queryClient: ReturnType<typeof useQueryClient>, session: OpenedSession): void {
  // Whatever an earlier person or session cached must not show in this one.
  queryClient.clear();
  sessionStore.signIn(session.accessToken, session.workshop.id);
}

/** Holds the session and goes into the app: to `next` (a path of this app) or home. */
export function useEnterApp(): (session: OpenedSession, next?: string) => Promise<void> {
  const queryClient = useQueryClient();
  const router = useRouter();
  return useCallback(
    async (session, next) => {
      holdSession(queryClient, session);
      await router.navigate({ href: safeNext(next) });
    },
    [queryClient, router],
  );
}

/** Only a path of this origin: `//evil.example` and `https://...` go home instead. */
export function safeNext(next: string | undefined): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/home';
}
