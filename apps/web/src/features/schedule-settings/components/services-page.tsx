import { useQueryClient } from '@tanstack/react-query';
import { Pencil, Plus, Power } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { $api } from '@/lib/api/api-client';
import { asProblem } from '@/lib/api/problem';
import { roleAtLeast, useMe } from '@/lib/session/me';
import { Alert } from '@/ui/alert';
import { Badge } from '@/ui/badge';
import { Button } from '@/ui/button';
import { EmptyState } from '@/ui/empty-state';
import { LoadFailed } from '@/ui/load-failed';
import { PageHeader } from '@/ui/page-header';
import { ResponsiveTable } from '@/ui/responsive-table';
import { LoadingRows } from '@/ui/skeleton';
import type { Service } from '../utils/service-form';
import { ServiceDialog } from './service-dialog';

const INTL_LOCALE: Record<string, string> = { en: 'en-GB', pl: 'pl-PL', da: 'da-DK' };

/** `/settings/services`: the catalog customers and staff book from; owners and managers edit it. */
export function ServicesPage() {
  const { t } = useTranslation('schedule-settings');
  const me = useMe();
  const editor = roleAtLeast(me.role, 'manager');
  const services = $api.useQuery('get', '/api/v1/services');
  const [editing, setEditing] = useState<Service | 'new'>();
  const add = (
    <Button onClick={() => setEditing('new')}>
      <Plus aria-hidden="true" className="size-4" />
      {t('services.add')}
    </Button>
  );
  return (
    <>
      <PageHeader
        title={t('services.title')}
        description={t('services.description')}
        actions={editor && services.data?.length ? add : undefined}
      />
      {editor ? null : <Alert className="mb-4">{t('readOnly')}</Alert>}
      {services.isPending ? (
        <LoadingRows label={t('loading')} rows={5} />
      ) : services.isError ? (
        <LoadFailed title={t('loadFailed')} retryLabel={t('retry')} onRetry={() => void services.refetch()} />
      ) : services.data.length === 0 ? (
        <EmptyState title={t('services.empty')} action={editor ? add : undefined}>
          {editor ? t('services.emptyBody') : t('services.emptyReadOnly')}
        </EmptyState>
      ) : (
        <ServiceList services={services.data} editor={editor} onEdit={setEditing} />
      )}
      {editor ? (
        <ServiceDialog
          service={editing === 'new' ? undefined : editing}
          open={editing !== undefined}
          onOpenChange={(open) => {
            if (!open) setEditing(undefined);
          }}
        />
      ) : null}
    </>
  );
}

function ServiceList({
  services,
  editor,
  onEdit,
}: {
  readonly services: readonly Service[];
  readonly editor: boolean;
  readonly onEdit: (service: Service) => void;
}) {
  const { t, i18n } = useTranslation('schedule-settings');
  const { currency } = useMe().workshop;
  const queryClient = useQueryClient();
  const locale = INTL_LOCALE[i18n.language] ?? i18n.language;
  const money = useMemo(() => new Intl.NumberFormat(locale, { style: 'currency', currency }), [locale, currency]);
  const percent = useMemo(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }), [locale]);
  const toggle = $api.useMutation('patch', '/api/v1/services/{id}', {
    onSuccess: (changed) => {
      toast.success(t(changed.active ? 'services.activated' : 'services.deactivated', { name: changed.name }));
      void queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/services'] });
    },
    onError: (error) => toast.error(asProblem(error)?.detail ?? t('error')),
  });
  const sorted = [...services].sort(
    (a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name, locale),
  );
  const price = (service: Service) =>
    money.format(service.priceMinor / 10 ** (money.resolvedOptions().maximumFractionDigits ?? 2));
  const vat = (service: Service) => t('services.vatValue', { value: percent.format(service.vatRateBp / 100) });
  const status = (service: Service) => (
    <span className="flex flex-wrap gap-1">
      <Badge tone={service.active ? 'success' : 'neutral'}>
        {service.active ? t('services.active') : t('services.inactive')}
      </Badge>
      {service.active ? <Badge>{service.bookableOnline ? t('services.online') : t('services.staffOnly')}</Badge> : null}
    </span>
  );
  const actions = (service: Service) =>
    editor ? (
      <span className="flex shrink-0 gap-1">
        <Button
          variant="ghost"
          size="sm"
          aria-label={t('services.edit', { name: service.name })}
          onClick={() => onEdit(service)}
        >
          <Pencil aria-hidden="true" className="size-4" />
        </Button>
        <Button
          variant="ghost"
          size="sm"
          aria-label={t(service.active ? 'services.deactivate' : 'services.activate', { name: service.name })}
          busy={toggle.isPending && toggle.variables?.params.path.id === service.id}
          onClick={() =>
            toggle.mutate({
              params: { path: { id: service.id } },
              body: { active: !service.active, bookableOnline: service.bookableOnline },
            })
          }
        >
          <Power aria-hidden="true" className="size-4" />
        </Button>
      </span>
    ) : null;
  return (
    <ResponsiveTable
      rows={sorted}
      rowKey={(service) => service.id}
      caption={t('services.list')}
      columns={[
        {
          header: t('services.name'),
          cell: (service) => <span className={service.active ? 'font-medium' : 'text-ink-muted'}>{service.name}</span>,
        },
        { header: t('services.duration'), cell: (service) => t('minutes', { count: service.durationMinutes }) },
        { header: t('services.price'), cell: price, className: 'text-right tabular-nums' },
        { header: t('services.vat'), cell: vat, className: 'text-right tabular-nums' },
        { header: t('services.status'), cell: status },
        ...(editor ? [{ header: t('services.actions'), cell: actions, className: 'w-28' }] : []),
      ]}
      card={(service) => (
        <div className="flex items-start justify-between gap-3 rounded-xl border border-line bg-surface p-4">
          <div className="flex min-w-0 flex-col gap-1">
            <span className={service.active ? 'font-semibold' : 'font-semibold text-ink-muted'}>{service.name}</span>
            <span className="text-sm text-ink-muted">
              {t('minutes', { count: service.durationMinutes })} · {price(service)} · {vat(service)}
            </span>
            {status(service)}
          </div>
          {actions(service)}
        </div>
      )}
    />
  );
}
