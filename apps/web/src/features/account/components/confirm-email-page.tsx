import { Link } from '@tanstack/react-router';
import { CheckCircle2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { problemCode } from '@/lib/api/problem';
import { Alert } from '@/ui/alert';
import { Button, buttonClasses } from '@/ui/button';
import { confirmEmailChange } from '../api/email-change';
import { useLinkToken } from '../hooks/use-link-token';
import { useSpendLinkToken } from '../hooks/use-spend-link-token';
import { problemSentence } from '../utils/problem-sentence';
import { AccountPage } from './account-page';
import { LinkTokenMissing } from './link-token-missing';
import { WorkingOnIt } from './working-on-it';

/** The link mailed to a new address: the change takes effect as the page opens. */
export function ConfirmEmailPage() {
  const { t, i18n } = useTranslation('account');
  const token = useLinkToken();
  const confirm = useSpendLinkToken(token, confirmEmailChange);

  if (!token) return <LinkTokenMissing title={t('confirmEmail.title')} />;
  if (confirm.isSuccess) {
    return (
      <AccountPage title={t('confirmEmail.doneTitle')} lede={t('confirmEmail.doneLede')} focusHeading>
        <CheckCircle2 aria-hidden="true" className="size-10 text-success" />
        <Link to="/home" className={buttonClasses('primary', 'lg')}>
          {t('common.continue')}
        </Link>
      </AccountPage>
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
    return (
      <AccountPage title={t('confirmEmail.title')} focusHeading>
        <Alert tone="danger">{problemSentence(confirm.error, t, i18n.language)}</Alert>
        <Button size="lg" onClick={() => confirm.mutate(token)}>
          {t('common.tryAgain')}
        </Button>
      </AccountPage>
    );
  }
  return <WorkingOnIt title={t('confirmEmail.working')} />;
}
