import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OutcomePage } from './outcome-page';
import { ResetCodeRequestForm } from './reset-code-request-form';
import { ResetPasswordForm } from './reset-password-form';

type Step =
  { readonly kind: 'request' } | { readonly kind: 'reset'; readonly email: string } | { readonly kind: 'done' };

/** A forgotten password: the address, then the mailed 6-digit code with a new password. */
export function ForgotPasswordPage() {
  const { t } = useTranslation('account');
  const [step, setStep] = useState<Step>({ kind: 'request' });
  switch (step.kind) {
    case 'request':
      return <ResetCodeRequestForm onSent={(email) => setStep({ kind: 'reset', email })} />;
    case 'reset':
      return (
        <ResetPasswordForm
          email={step.email}
          onDone={() => setStep({ kind: 'done' })}
          onOtherAddress={() => setStep({ kind: 'request' })}
        />
      );
    case 'done':
      return (
        <OutcomePage title={t('reset.doneTitle')} lede={t('reset.doneLede')} to="/login" action={t('common.signIn')} />
      );
  }
}
