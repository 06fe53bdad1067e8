import { useMutation } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { MailCheck } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/ui/alert';
import { Button, buttonClasses } from '@/ui/button';
import { resendVerification } from '../api/email-verification';
import type { SignupSession } from '../api/sign-up';
import { bookingAddress } from '../utils/booking-slug';
import { problemSentence } from '../utils/problem-sentence';
import { AccountPage } from './account-page';

/**
 * After sign-up: the link is on its way to the address given, the session is open, and the
 * booking page's final address is the one the API chose.
 */
export function SignupDone({ session }: { readonly session: SignupSession }) {
  const { t, i18n } = useTranslation('account');
  const resend = useMutation({ mutationFn: resendVerification });
  const resendProblem = resend.error
    ? problemSentence(resend.error, t, i18n.language, { 'already-verified': 'verify.alreadyVerified' })
    : undefined;
  return (
    <AccountPage title={t('signupDone.title')} focusHeading>
      <div className="flex gap-3">
        <MailCheck aria-hidden="true" className="size-8 shrink-0 text-brand" />
        <p>
          {t('signupDone.sent')} <strong className="break-all">{session.user.email}</strong>.{' '}
          {t('signupDone.sentAfter')}
        </p>
      </div>
      <div className="rounded-lg bg-surface-2 p-3 text-sm">
        <p className="text-ink-muted">{t('signupDone.bookingPage')}</p>
        <p className="font-mono [overflow-wrap:anywhere]">
          {bookingAddress(window.location.origin, session.workshop.slug)}
        </p>
      </div>
      {resend.isSuccess ? <Alert tone="success">{t('verify.resent')}</Alert> : null}
      {resendProblem ? <Alert tone="danger">{resendProblem}</Alert> : null}
      <Link to="/home" className={buttonClasses('primary', 'lg')}>
        {t('common.continue')}
      </Link>
      <Button variant="ghost" busy={resend.isPending} onClick={() => resend.mutate()}>
        {t('signupDone.resend')}
      </Button>
    </AccountPage>
  );
}
