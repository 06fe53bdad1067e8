import { useTranslation } from 'react-i18next';
import { useWorkshopFormat } from '@/lib/i18n/use-workshop-format';
import { roleAtLeast, useMe } from '@/lib/session/me';
import { Badge } from '@/ui/badge';
import { Card } from '@/ui/card';
import { LoadFailed } from '@/ui/load-failed';
import { LoadingRows } from '@/ui/skeleton';
import { useOrderAudit, useOrderMail, useStaff, type Order } from '../api/order-queries';

/** The order's mail and its audit trail: what went out to the customer, who changed what. */
export function ActivityCard({ order }: { readonly order: Order }) {
  const me = useMe();
  // Both logs are for owners and managers (the API answers 403 to a mechanic).
  if (!roleAtLeast(me.role, 'manager')) return null;
  return (
    <>
      <MailCard order={order} />
      <AuditCard order={order} />
    </>
  );
}

const MAIL_TONE = { queued: 'warning', sent: 'success', failed: 'danger' } as const;

function MailCard({ order }: { readonly order: Order }) {
  const { t } = useTranslation('orders');
  const format = useWorkshopFormat();
  const mail = useOrderMail(order.id);
  return (
    <Card title={t('mail.title')} className="print:hidden">
      {mail.isPending ? (
        <LoadingRows label={t('mail.loading')} rows={2} />
      ) : mail.isError ? (
        <LoadFailed title={t('mail.failed')} retryLabel={t('retry')} onRetry={() => void mail.refetch()} />
      ) : mail.data.items.length === 0 ? (
        <p className="text-sm text-ink-muted">{t('mail.empty')}</p>
      ) : (
        <ul aria-label={t('mail.title')} className="flex flex-col divide-y divide-line text-sm">
          {mail.data.items.map((entry) => (
            <li key={entry.id} className="flex flex-col gap-1 py-2">
              <span className="flex flex-wrap items-center justify-between gap-2">
                <span className="font-medium">
                  {t(`mail.templates.${entry.template}`, { defaultValue: entry.template })}
                </span>
                <Badge tone={MAIL_TONE[entry.status]}>{t(`mail.statuses.${entry.status}`)}</Badge>
              </span>
              <span className="break-all text-ink-muted">
                {entry.to} · {format.dateTime(entry.sentAt ?? entry.createdAt)}
              </span>
              {entry.lastError ? <span className="text-danger">{entry.lastError}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

function AuditCard({ order }: { readonly order: Order }) {
  const { t } = useTranslation('orders');
  const format = useWorkshopFormat();
  const audit = useOrderAudit(order.id);
  const staff = useStaff(true);
  const meId = useMe().user.id;
  const names = new Map((staff.data?.items ?? []).map((person) => [person.id, person.name]));
  return (
    <Card title={t('audit.title')} className="print:hidden">
      {audit.isPending ? (
        <LoadingRows label={t('audit.loading')} rows={3} />
      ) : audit.isError ? (
        <LoadFailed title={t('audit.failed')} retryLabel={t('retry')} onRetry={() => void audit.refetch()} />
      ) : audit.data.items.length === 0 ? (
        <p className="text-sm text-ink-muted">{t('audit.empty')}</p>
      ) : (
        <ol aria-label={t('audit.title')} className="flex flex-col divide-y divide-line text-sm">
          {audit.data.items.map((event) => (
            <li key={event.id} className="flex flex-col gap-0.5 py-2">
              <span className="font-medium">{t(`audit.actions.${event.action}`, { defaultValue: event.action })}</span>
              <span className="text-ink-muted">
                {format.dateTime(event.occurredAt)} ·{' '}
                {event.actorUserId === null
                  ? t('audit.system')
                  : event.actorUserId === meId
                    ? t('audit.you')
                    : (names.get(event.actorUserId) ?? t('audit.staff'))}
              </span>
              {event.changedFields.length > 0 ? (
                <span className="text-xs text-ink-muted">
                  {t('audit.fields', { fields: event.changedFields.join(', ') })}
                </span>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
