import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { $api } from '@/lib/api/api-client';
import { Alert } from '@/ui/alert';
import { useWorkshopTime } from '../hooks/use-workshop-time';
import { Badge } from '@/ui/badge';
import { EmptyState } from '@/ui/empty-state';
import { PageHeader } from '@/ui/page-header';
import { Pagination } from '@/ui/pagination';
import { SelectField } from '@/ui/select-field';
import { LoadingRows } from '@/ui/skeleton';
import { RequireRole } from './require-role';

const route = getRouteApi('/_staff/settings/mail-log');
const TONE = { sent: 'success', queued: 'neutral', failed: 'danger' } as const;

/** Every mail the workshop sent or tried to: to whom, which template, and why one failed. */
export function MailLogPage() {
  return (
    <RequireRole least="manager">
      <MailLog />
    </RequireRole>
  );
}

function MailLog() {
  const { t } = useTranslation('settings');
  const { page, status } = route.useSearch();
  const navigate = route.useNavigate();
  const log = $api.useQuery('get', '/api/v1/mail-log', {
    params: { query: { page, limit: 25, ...(status ? { status } : {}) } },
  });
  const when = useWorkshopTime().dateTime;
  return (
    <>
      <PageHeader title={t('mailLog.title')} description={t('mailLog.description')} />
      <SelectField
        label={t('mailLog.status')}
        className="mb-4 max-w-xs"
        value={status ?? ''}
        onChange={(event) => {
          const next = event.target.value;
          void navigate({
            search: { page: 1, status: next === 'queued' || next === 'sent' || next === 'failed' ? next : undefined },
          });
        }}
      >
        <option value="">{t('mailLog.all')}</option>
        <option value="queued">{t('mailLog.statuses.queued')}</option>
        <option value="sent">{t('mailLog.statuses.sent')}</option>
        <option value="failed">{t('mailLog.statuses.failed')}</option>
      </SelectField>
      {log.isPending ? (
        <LoadingRows label={t('loading')} />
      ) : log.isError ? (
        <Alert tone="danger">{t('loadFailed')}</Alert>
      ) : log.data.items.length === 0 ? (
        <EmptyState title={t('mailLog.empty')}>{t('mailLog.emptyHint')}</EmptyState>
      ) : (
        <>
          <ul className="divide-y divide-line rounded-xl border border-line bg-surface">
            {log.data.items.map((mail) => (
              <li key={mail.id} className="flex flex-wrap items-start gap-x-4 gap-y-1 p-4">
                <div className="min-w-0 flex-1">
                  <p className="truncate font-medium">{mail.to}</p>
                  <p className="text-sm text-ink-muted">
                    {t(`mailLog.templates.${mail.template}`, { defaultValue: mail.template })} ·{' '}
                    {mail.locale.toUpperCase()} · {when(mail.createdAt)}
                  </p>
                  {mail.lastError ? <p className="mt-1 text-sm text-danger">{mail.lastError}</p> : null}
                </div>
                <Badge tone={TONE[mail.status]}>{t(`mailLog.statuses.${mail.status}`)}</Badge>
                {mail.attempts > 1 ? (
                  <span className="text-sm text-ink-muted">{t('mailLog.attempts', { count: mail.attempts })}</span>
                ) : null}
              </li>
            ))}
          </ul>
          <Pagination
            page={log.data.page}
            limit={log.data.limit}
            total={log.data.total}
            onPage={(next) => void navigate({ search: (prev) => ({ ...prev, page: next }) })}
          />
        </>
      )}
    </>
  );
}
