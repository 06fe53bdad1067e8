import { useMutation, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { problemCode } from '@/lib/api/problem';
import { Alert } from '@/ui/alert';
import { Button, buttonClasses } from '@/ui/button';
import { Spinner } from '@/ui/spinner';
import { resendVerification } from '../api/email-verification';
import { hasSession } from '../api/require-signed-in';
import { problemSentence } from '../utils/problem-sentence';

/**
 * A new verification link, which only the signed-in person can ask for: with a session here a
 * button; without, a way to sign in and come back.
 */
export function ResendVerification() {
  const { t, i18n } = useTranslation('account');
  const session = useQuery({ queryKey: ['account', 'has-session'], queryFn: hasSession, staleTime: 0, gcTime: 0 });
  const resend = useMutation({ mutationFn: resendVerification });
  if (session.isPending) {
    return (
      <div className="grid place-items-center py-2 text-brand">
        <Spinner />
        <span className="sr-only">{t('common.loading')}</span>
      </div>
    );
  }
  if (!session.data) {
    return (
      <Link to="/login" search={{ next: '/verify-email' }} className={buttonClasses('primary', 'lg')}>
        {t('verify.signInToResend')}
      </Link>
    );
  }
  if (resend.isSuccess) return <Alert tone="success">{t('verify.resent')}</Alert>;
  if (resend.error && problemCode(resend.error) === 'already-verified') {
    return (
      <>
        <Alert tone="success">{t('verify.alreadyVerified')}</Alert>
        <Link to="/home" className={buttonClasses('primary', 'lg')}>
          {t('common.continue')}
        </Link>
      </>
    );
  }
  return (
    <>
      {resend.error ? <Alert tone="danger">{problemSentence(resend.error, t, i18n.language)}</Alert> : null}
      <Button size="lg" busy={resend.isPending} onClick={() => resend.mutate()}>
        {t('verify.resend')}
      </Button>
    </>
  );
}
