import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { problemCode } from '@/lib/api/problem';
import { buttonClasses } from '@/ui/button';
import { verifyEmail } from '../api/email-verification';
import { useLinkToken } from '../hooks/use-link-token';
import { useSpendLinkToken } from '../hooks/use-spend-link-token';
import { AccountPage } from './account-page';
import { OutcomePage } from './outcome-page';
import { ResendVerification } from './resend-verification';
import { RetryPage } from './retry-page';
import { WorkingOnIt } from './working-on-it';

/** The verification mail's link: the address is verified as the page opens. */
export function VerifyEmailPage() {
  const { t } = useTranslation('account');
  const token = useLinkToken();
  const verify = useSpendLinkToken(token, verifyEmail);

  if (!token) {
    return (
      <AccountPage title={t('verify.title')} lede={t('verify.noTokenLede')}>
        <ResendVerification />
      </AccountPage>
    );
  }
  if (verify.isSuccess) {
    return (
      <OutcomePage title={t('verify.doneTitle')} lede={t('verify.doneLede')} to="/home" action={t('common.continue')} />
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
    return <RetryPage title={t('verify.title')} error={verify.error} onRetry={() => verify.mutate(token)} />;
  }
  return <WorkingOnIt title={t('verify.working')} />;
}
