import { Link } from '@tanstack/react-router';
import { CheckCircle2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { problemCode } from '@/lib/api/problem';
import { Alert } from '@/ui/alert';
import { Button, buttonClasses } from '@/ui/button';
import { verifyEmail } from '../api/email-verification';
import { useLinkToken } from '../hooks/use-link-token';
import { useSpendLinkToken } from '../hooks/use-spend-link-token';
import { problemSentence } from '../utils/problem-sentence';
import { AccountPage } from './account-page';
import { LinkTokenMissing } from './link-token-missing';
import { ResendVerification } from './resend-verification';
import { WorkingOnIt } from './working-on-it';

/** The verification mail's link: the address is verified as the page opens. */
export function VerifyEmailPage() {
  const { t, i18n } = useTranslation('account');
  const token = useLinkToken();
  const verify = useSpendLinkToken(token, verifyEmail);

  if (!token) {
    return (
      <LinkTokenMissing title={t('verify.title')}>
        <ResendVerification />
      </LinkTokenMissing>
    );
  }
  if (verify.isSuccess) {
    return (
      <AccountPage title={t('verify.doneTitle')} lede={t('verify.doneLede')} focusHeading>
        <CheckCircle2 aria-hidden="true" className="size-10 text-success" />
        <Link to="/home" className={buttonClasses('primary', 'lg')}>
          {t('common.continue')}
        </Link>
      </AccountPage>
    );
  }
  if (verify.error) {
    const code = problemCode(verify.error);
    if (code === 'invalid-link') {
      return (
        <AccountPage title={t('verify.deadTitle')} lede={t('verify.deadLede')} focusHeading>
          <ResendVerification />
        </AccountPage>
      );
    }
    if (code === 'email-taken') {
      return (
        <AccountPage title={t('verify.takenTitle')} lede={t('verify.takenLede')} focusHeading>
          <Link to="/login" className={buttonClasses('primary', 'lg')}>
            {t('common.signIn')}
          </Link>
        </AccountPage>
      );
    }
    return (
      <AccountPage title={t('verify.title')} focusHeading>
        <Alert tone="danger">{problemSentence(verify.error, t, i18n.language)}</Alert>
        <Button size="lg" onClick={() => verify.mutate(token)}>
          {t('common.tryAgain')}
        </Button>
      </AccountPage>
    );
  }
  return <WorkingOnIt title={t('verify.working')} />;
}
