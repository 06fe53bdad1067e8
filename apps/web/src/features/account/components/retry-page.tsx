import { useTranslation } from 'react-i18next';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { problemSentence } from '../utils/problem-sentence';
import { AccountPage } from './account-page';

/** A call that failed for no reason of the link's own (network, server): say so, offer again. */
export function RetryPage({
  title,
  error,
  onRetry,
}: {
  readonly title: string;
  readonly error: unknown;
  readonly onRetry: () => void;
}) {
  const { t, i18n } = useTranslation('account');
  return (
    <AccountPage title={title} focusHeading>
      <Alert tone="danger">{problemSentence(error, t, i18n.language)}</Alert>
      <Button size="lg" onClick={onRetry}>
        {t('common.tryAgain')}
      </Button>
    </AccountPage>
  );
}
