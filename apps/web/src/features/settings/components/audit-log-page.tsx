import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { $api } from '@/lib/api/api-client';
import { Alert } from '@/ui/alert';
import { useWorkshopTime } from '../hooks/use-workshop-time';
import { EmptyState } from '@/ui/empty-state';
import { PageHeader } from '@/ui/page-header';
import { Pagination } from '@/ui/pagination';
import { LoadingRows } from '@/ui/skeleton';
import { RequireRole } from './require-role';

const route = getRouteApi('/_staff/settings/audit-log');

/** Who changed which fields of what, and when; never the values. */
export function AuditLogPage() {
  return (
    <RequireRole least="manager">
      <AuditLog />
    </RequireRole>
  );
}

function AuditLog() {
  const { t } = useTranslation('settings');
  const { page } = route.useSearch();
  const navigate = route.useNavigate();
  const events = $api.useQuery('get', '/api/v1/audit-events', { params: { query: { page, limit: 25 } } });
  const staff = $api.useQuery('get', '/api/v1/staff', { params: { query: { limit: 100 } } });
  const names = new Map(staff.data?.items.map((member) => [member.id, member.name]) ?? []);
  // No person: Pitlane itself (a public page, a background job); a person no longer on the staff
  // list: said so, never passed off as Pitlane.
  const actor = (userId: string | null) =>
    userId === null ? t('auditLog.system') : (names.get(userId) ?? (staff.isPending ? '…' : t('auditLog.formerStaff')));
  const when = useWorkshopTime().dateTime;
  return (
    <>
      <PageHeader title={t('auditLog.title')} description={t('auditLog.description')} />
      {events.isPending ? (
        <LoadingRows label={t('loading')} />
      ) : events.isError ? (
        <Alert tone="danger">{t('loadFailed')}</Alert>
      ) : events.data.items.length === 0 ? (
        <EmptyState title={t('auditLog.empty')} />
      ) : (
        <>
          <ol className="divide-y divide-line rounded-xl border border-line bg-surface">
            {events.data.items.map((event) => (
              <li key={event.id} className="p-4">
                {/* `workshop.profile_updated` is the nested key actions.workshop.profile_updated; an
                    action of a later release reads as its code until it has words. */}
                <p className="font-medium">{t(`auditLog.actions.${event.action}`, { defaultValue: event.action })}</p>
                <p className="text-sm text-ink-muted">
                  {actor(event.actorUserId)} · {when(event.occurredAt)}
                </p>
                {event.changedFields.length > 0 ? (
                  <p className="mt-1 text-sm">
                    {t('auditLog.fields', {
                      fields: event.changedFields
                        .map((field) => t(`auditLog.fieldNames.${field}`, { defaultValue: field }))
                        .join(', '),
                    })}
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
          <Pagination
            page={events.data.page}
            limit={events.data.limit}
            total={events.data.total}
            onPage={(next) => void navigate({ search: { page: next } })}
          />
        </>
      )}
    </>
  );
}
