import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { holdSession } from '../api/enter-app';
import type { SignupSession } from '../api/sign-up';
import { SignupDone } from './signup-done';
import { SignupForm } from './signup-form';

/**
 * A workshop signs up. The answer already holds a session (the API lets an unverified owner in,
 * and asks them to verify by mail), so the page keeps it and says where the link went.
 */
export function SignupPage() {
  const queryClient = useQueryClient();
  const [done, setDone] = useState<SignupSession | undefined>(undefined);
  if (done) return <SignupDone session={done} />;
  return (
    <SignupForm
      onSignedUp={(session) => {
        holdSession(queryClient, session);
        setDone(session);
      }}
    />
  );
}
