import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnterApp } from '../api/enter-app';
import { isMfaChallenge } from '../api/sign-in';
import { useLinkToken } from '../hooks/use-link-token';
import { AcceptInvitationForm } from './accept-invitation-form';
import { LinkTokenMissing } from './link-token-missing';
import { MfaStep } from './mfa-step';

/**
 * The invitation mail's link: join as a new person (name and a new password) or with the
 * Pitlane account this address already has (its password), then into the app.
 */
export function AcceptInvitationPage() {
  const { t } = useTranslation('account');
  const token = useLinkToken();
  const enterApp = useEnterApp();
  const navigate = useNavigate();
  const [mfaToken, setMfaToken] = useState<string | undefined>(undefined);

  if (!token) return <LinkTokenMissing title={t('invite.title')} />;
  if (mfaToken) {
    // The invitation is accepted already: starting over is an ordinary sign-in.
    return (
      <MfaStep
        mfaToken={mfaToken}
        onSignedIn={(session) => enterApp(session)}
        onStartOver={() => void navigate({ to: '/login' })}
      />
    );
  }
  return (
    <AcceptInvitationForm
      token={token}
      onOutcome={async (outcome) => {
        if (isMfaChallenge(outcome)) setMfaToken(outcome.mfaToken);
        else await enterApp(outcome);
      }}
    />
  );
}
