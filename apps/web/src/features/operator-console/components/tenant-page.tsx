import { useMutation } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { ArrowLeft, MailPlus, PauseCircle, PlayCircle } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { asProblem, problemCode, unwrap } from '@/lib/api/problem';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { Card } from '@/ui/card';
import { DetailItem } from '@/ui/detail-item';
import { EmptyState } from '@/ui/empty-state';
import { PageHeader } from '@/ui/page-header';
import { LoadingRows } from '@/ui/skeleton';
import { $ops, opsApi } from '../api/ops-client';
import { formatBytes } from '../utils/format-bytes';
import { AuditEntryList } from './audit-entry-list';
import { StatusChangeDialog } from './status-change-dialog';
import { TenantStatusBadge } from './tenant-status-badge';
import { TenantUsageTable } from './tenant-usage-table';
import { NotCountedYet, UsageFigure } from './usage-figure';

const route = getRouteApi('/ops/tenants/$tenantId');

/** One workshop for operators: its figures, 30 days of usage, what is going wrong, what was done to it. */
export function TenantPage() {
  const { t, i18n } = useTranslation('operator-console');
  const { tenantId } = route.useParams();
  const detail = $ops.useQuery('get', '/api/v1/ops/tenants/{id}', { params: { path: { id: tenantId } } });
  const [dialog, setDialog] = useState<'suspend' | 'reactivate' | null>(null);
  const resend = useMutation({
    mutationFn: () =>
      unwrap(opsApi.POST('/api/v1/ops/tenants/{id}/resend-verification', { params: { path: { id: tenantId } } })),
    onSuccess: () => toast.success(t('tenant.resent')),
  });
  const back = (
    <Link to="/ops" className="mb-4 inline-flex items-center gap-1 text-sm font-medium text-ink-muted hover:text-ink">
      <ArrowLeft aria-hidden="true" className="size-4" />
      {t('tenant.back')}
    </Link>
  );
  if (detail.isPending) return <LoadingRows label={t('loading')} />;
  if (detail.isError) {
    return (
      <>
        {back}
        {asProblem(detail.error)?.status === 404 || asProblem(detail.error)?.status === 400 ? (
          <EmptyState title={t('tenant.notFound')}>{t('tenant.notFoundHint')}</EmptyState>
        ) : (
          <Alert tone="danger">{t('loadFailed')}</Alert>
        )}
      </>
    );
  }
  const { tenant, usage, problems, audit } = detail.data;
  const number = new Intl.NumberFormat(i18n.language);
  const count = (value: number) => number.format(value);
  const counted = tenant.usageRolledUpAt !== null;
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const at = (iso: string | null) => (iso ? when.format(new Date(iso)) : '—');
  const suspended = tenant.status === 'suspended';
  const resendFailed = resend.error
    ? t(problemCode(resend.error) === 'already-verified' ? 'tenant.alreadyVerified' : 'tenant.resendFailed')
    : undefined;
  return (
    <>
      {back}
      <PageHeader
        title={
          <span className="flex flex-wrap items-center gap-3">
            {tenant.name} <TenantStatusBadge status={tenant.status} />
          </span>
        }
        description={<span className="font-mono text-sm">{tenant.slug}</span>}
        actions={
          <>
            {tenant.verifiedAt ? null : (
              <Button variant="secondary" busy={resend.isPending} onClick={() => resend.mutate()}>
                <MailPlus aria-hidden="true" className="size-4" />
                {t('tenant.resend')}
              </Button>
            )}
            {suspended ? (
              <Button onClick={() => setDialog('reactivate')}>
                <PlayCircle aria-hidden="true" className="size-4" />
                {t('tenant.reactivate')}
              </Button>
            ) : (
              <Button variant="danger" onClick={() => setDialog('suspend')}>
                <PauseCircle aria-hidden="true" className="size-4" />
                {t('tenant.suspend')}
              </Button>
            )}
          </>
        }
      />
      {resendFailed ? (
        <Alert tone="danger" className="mb-4">
          {resendFailed}
        </Alert>
      ) : null}
      {suspended ? (
        <Alert tone="warning" className="mb-4">
          {t('tenant.suspendedNotice')}
        </Alert>
      ) : null}
      <div className="grid gap-4 lg:grid-cols-3">
        <Card title={t('tenant.figures')} className="lg:col-span-2">
          <dl className="grid grid-cols-2 gap-4 sm:grid-cols-3">
            <DetailItem term={t('tenant.created')}>{at(tenant.createdAt)}</DetailItem>
            <DetailItem term={t('tenant.verified')}>
              {tenant.verifiedAt ? (
                at(tenant.verifiedAt)
              ) : tenant.usageRolledUpAt === null ? (
                <NotCountedYet />
              ) : (
                t('no')
              )}
            </DetailItem>
            <DetailItem term={t('tenant.lastActivity')}>{at(tenant.lastActivityAt)}</DetailItem>
            <DetailItem term={t('tenant.country')}>
              {tenant.country} · {tenant.locale}
            </DetailItem>
            <DetailItem term={t('tenants.columns.plan')}>{tenant.plan ?? t('tenants.noPlan')}</DetailItem>
            <DetailItem term={t('tenants.columns.staff')}>
              <UsageFigure value={tenant.staffCount} format={count} />
            </DetailItem>
            <DetailItem term={t('tenant.totals')}>
              {tenant.vehicles === null ||
              tenant.clients === null ||
              tenant.orders === null ||
              tenant.invoices === null ? (
                <UsageFigure value={null} format={count} />
              ) : (
                t('tenant.totalsValue', {
                  vehicles: count(tenant.vehicles),
                  clients: count(tenant.clients),
                  orders: count(tenant.orders),
                  invoices: count(tenant.invoices),
                })
              )}
            </DetailItem>
            <DetailItem term={t('tenants.columns.storage')}>
              <UsageFigure value={tenant.storageBytes} format={(value) => formatBytes(value, i18n.language)} />
            </DetailItem>
            <DetailItem term={t('tenant.rolledUp')}>
              {counted ? at(tenant.usageRolledUpAt) : <UsageFigure value={null} format={count} />}
            </DetailItem>
          </dl>
        </Card>
        <Card title={t('tenant.problems')}>
          <dl className="grid grid-cols-2 gap-4">
            <DetailItem term={t('tenant.outbox')}>{number.format(problems.outboxPending)}</DetailItem>
            <DetailItem term={t('tenant.mailsQueued')}>{number.format(problems.mailsQueued)}</DetailItem>
          </dl>
          {problems.failedMails.length === 0 ? (
            <p className="mt-4 text-sm text-ink-muted">{t('tenant.noFailedMails')}</p>
          ) : (
            <ul aria-label={t('tenant.failedMails')} className="mt-4 flex flex-col gap-2 text-sm">
              {problems.failedMails.map((row) => (
                <li key={row.template}>
                  {t('tenant.failedMail', {
                    template: row.template,
                    count: row.failed,
                    last: at(row.lastFailedAt),
                  })}
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
      <Card title={t('tenant.usage')} className="mt-4">
        <TenantUsageTable usage={usage} counted={counted} />
      </Card>
      <section className="mt-6">
        <h2 className="mb-3 text-base font-semibold">{t('tenant.audit')}</h2>
        {audit.length === 0 ? (
          <p className="text-sm text-ink-muted">{t('tenant.noAudit')}</p>
        ) : (
          <AuditEntryList entries={audit} label={t('tenant.audit')} />
        )}
      </section>
      {dialog ? (
        <StatusChangeDialog
          tenantId={tenant.id}
          workshopName={tenant.name}
          action={dialog}
          open
          onOpenChange={(open) => {
            if (!open) setDialog(null);
          }}
        />
      ) : null}
    </>
  );
}
