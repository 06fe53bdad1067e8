import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { problemCode } from '@/lib/api/problem';
import { buttonClasses } from '@/ui/button';
import { confirmEmailChange } from '../api/email-change';
import { useLinkToken } from '../hooks/use-link-token';
import { useSpendLinkToken } from '../hooks/use-spend-link-token';
import { AccountPage } from './account-page';
import { LinkTokenMissing } from './link-token-missing';
import { OutcomePage } from './outcome-page';
import { RetryPage } from './retry-page';
import { WorkingOnIt } from './working-on-it';

/** The link mailed to a new address: the change takes effect as the page opens. */
export function ConfirmEmailPage() {
  const { t } = useTranslation('account');
  const token = useLinkToken();
  const confirm = useSpendLinkToken(token, confirmEmailChange);

  if (!token) return <LinkTokenMissing title={t('confirmEmail.title')} />;
  if (confirm.isSuccess) {
    return (
      <OutcomePage
        title={t('confirmEmail.doneTitle')}
        lede={t('confirmEmail.doneLede')}
        to="/home"
        action={t('common.continue')}
      />
    );
  }
  if (confirm.error) {
    const code = problemCode(confirm.error);
    if (code === 'invalid-link' || code === 'email-taken') {
      return (
        <AccountPage
          title={t('confirmEmail.deadTitle')}
          lede={code === 'invalid-link' ? t('confirmEmail.deadLede') : t('confirmEmail.takenLede')}
          focusHeading
        >
          <Link to="/settings" className={buttonClasses('primary', 'lg')}>
            {t('confirmEmail.toSettings')}
          </Link>
        </AccountPage>
      );
    }
    return <RetryPage title={t('confirmEmail.title')} error={confirm.error} onRetry={() => confirm.mutate(token)} />;
  }
  return <WorkingOnIt title={t('confirmEmail.working')} />;
}
