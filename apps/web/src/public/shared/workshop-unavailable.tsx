import { CalendarOff, SearchX } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { problemCode } from '@/lib/api/problem';
import { LoadFailed } from '@/ui/load-failed';
import { PublicLayout, StatusPage } from './public-layout';

/** Why a workshop's page cannot be shown: unknown (404), not taking bookings (403), or a failed read. */
export function WorkshopUnavailable({ error, onRetry }: { readonly error: unknown; readonly onRetry: () => void }) {
  const { t } = useTranslation('public');
  const code = problemCode(error);
  if (code === 'workshop-not-found') {
    return (
      <StatusPage
        icon={<SearchX aria-hidden="true" className="size-12 text-ink-muted" />}
        title={t('unavailable.notFound')}
      >
        <p className="text-ink-muted">{t('unavailable.notFoundBody')}</p>
      </StatusPage>
    );
  }
  if (code === 'workshop-not-accepting-requests') {
    return (
      <StatusPage
        icon={<CalendarOff aria-hidden="true" className="size-12 text-ink-muted" />}
        title={t('unavailable.notAccepting')}
      >
        <p className="text-ink-muted">{t('unavailable.notAcceptingBody')}</p>
      </StatusPage>
    );
  }
  return (
    <PublicLayout>
      <h1 className="sr-only">{t('unavailable.failed')}</h1>
      <LoadFailed title={t('unavailable.failed')} retryLabel={t('retry')} onRetry={onRetry}>
        {t('unavailable.failedBody')}
      </LoadFailed>
    </PublicLayout>
  );
}
