import { useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useEnterApp } from '../api/enter-app';
import { isMfaChallenge } from '../api/sign-in';
import { LoginForm } from './login-form';
import { MfaStep } from './mfa-step';

/**
 * Sign-in: e-mail and password, then the second step when the account has two-step
 * verification, then into the app (the page the person was sent away from, or home).
 */
export function LoginPage() {
  const { reason, next } = useSearch({ from: '/_account/login' });
  const enterApp = useEnterApp();
  const [email, setEmail] = useState('');
  const [mfaToken, setMfaToken] = useState<string | undefined>(undefined);

  if (mfaToken) {
    return (
      <MfaStep
        mfaToken={mfaToken}
        onSignedIn={(session) => enterApp(session, next)}
        onStartOver={() => setMfaToken(undefined)}
      />
    );
  }
  return (
    <LoginForm
      reason={reason}
      defaultEmail={email}
      onOutcome={async (outcome, signedInAs) => {
        setEmail(signedInAs);
        if (isMfaChallenge(outcome)) setMfaToken(outcome.mfaToken);
        else await enterApp(outcome, next);
      }}
    />
  );
}
