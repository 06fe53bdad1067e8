import { useMutation } from '@tanstack/react-query';
import { KeyRound, Smartphone } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { completeSignIn, type SignedInSession } from '../api/sign-in';
import { problemSentence } from '../utils/problem-sentence';
import { AccountPage } from './account-page';
import { SecondFactorForm, type SecondFactorMethod } from './second-factor-form';

/**
 * The second step of signing in (and of accepting an invitation with an account that has it):
 * a code from the authenticator app, or a recovery code.
 */
export function MfaStep({
  mfaToken,
  onSignedIn,
  onStartOver,
}: {
  readonly mfaToken: string;
  readonly onSignedIn: (session: SignedInSession) => Promise<void>;
  readonly onStartOver: () => void;
}) {
  const { t, i18n } = useTranslation('account');
  const [method, setMethod] = useState<SecondFactorMethod>('app');
  const verify = useMutation({
    mutationFn: (code: string) => completeSignIn({ mfaToken, code }),
    onSuccess: onSignedIn,
  });

  function switchTo(next: SecondFactorMethod) {
    setMethod(next);
    verify.reset();
  }

  const failed = verify.error
    ? problemSentence(verify.error, t, i18n.language, { 'mfa-login-failed': 'mfa.failed' })
    : undefined;
  return (
    <AccountPage title={t('mfa.title')} lede={method === 'app' ? t('mfa.ledeApp') : t('mfa.ledeRecovery')} focusHeading>
      {failed ? <Alert tone="danger">{failed}</Alert> : null}
      <SecondFactorForm
        key={method}
        method={method}
        busy={verify.isPending || verify.isSuccess}
        onCode={(code) => verify.mutate(code)}
      />
      <div className="flex flex-col gap-1 border-t border-line pt-4">
        {method === 'app' ? (
          <Button variant="ghost" onClick={() => switchTo('recovery')}>
            <KeyRound aria-hidden="true" className="size-4" />
            {t('mfa.useRecovery')}
          </Button>
        ) : (
          <Button variant="ghost" onClick={() => switchTo('app')}>
            <Smartphone aria-hidden="true" className="size-4" />
            {t('mfa.useApp')}
          </Button>
        )}
        <Button variant="ghost" onClick={onStartOver}>
          {t('mfa.startOver')}
        </Button>
      </div>
    </AccountPage>
  );
}
