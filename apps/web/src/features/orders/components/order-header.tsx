import { Link } from '@tanstack/react-router';
import { ChevronDown, Printer } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { $api } from '@/lib/api/api-client';
import { asProblem } from '@/lib/api/problem';
import { useWorkshopFormat } from '@/lib/i18n/use-workshop-format';
import { useMe } from '@/lib/session/me';
import { Alert } from '@/ui/alert';
import { Badge } from '@/ui/badge';
import { Button } from '@/ui/button';
import { Card } from '@/ui/card';
import { DetailItem } from '@/ui/detail-item';
import { DropdownMenu, MenuItem, MenuLabel } from '@/ui/dropdown-menu';
import { PlateChip } from '@/ui/plate-chip';
import {
  useAppointmentOf,
  useClientOf,
  useRefreshOrder,
  useVehicleOf,
  type Order,
  type OrderStatus,
} from '../api/order-queries';
import { formatQuantity } from '../utils/money';
import { problemIs } from '../utils/problem-is';
import { nextStepsFor, STATUS_TONE } from '../utils/status';
import { UnapprovedLines } from './unapproved-lines';

export function OrderHeader({ order, onSendEstimate }: { readonly order: Order; readonly onSendEstimate: () => void }) {
  const { t, i18n } = useTranslation('orders');
  const format = useWorkshopFormat();
  const me = useMe();
  const vehicle = useVehicleOf(order);
  const client = useClientOf(order);
  const appointment = useAppointmentOf(order);
  const refresh = useRefreshOrder();
  const move = $api.useMutation('post', '/api/v1/repair-orders/{id}/transitions');
  const [refusal, setRefusal] = useState<unknown>();
  const steps = nextStepsFor(order, me.role);
  const dash = <span className="text-ink-muted">—</span>;

  const transition = async (to: OrderStatus) => {
    setRefusal(undefined);
    try {
      await move.mutateAsync({ params: { path: { id: order.id } }, body: { to } });
      toast.success(t('status.moved', { status: t(`statuses.${to}`) }));
    } catch (error) {
      setRefusal(error);
    }
    await refresh();
  };

  return (
    <>
      <header className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="flex flex-col gap-1">
          <h1 className="flex flex-wrap items-center gap-3 text-2xl font-bold">
            {t('page.title', { number: order.number })}
            <Badge tone={STATUS_TONE[order.status]}>{t(`statuses.${order.status}`)}</Badge>
          </h1>
          <p className="text-sm text-ink-muted">{t('page.opened', { date: format.dateTime(order.createdAt) })}</p>
        </div>
        <div className="flex flex-wrap gap-2 print:hidden">
          {steps.length > 0 ? (
            <DropdownMenu
              trigger={
                <Button variant="primary" busy={move.isPending}>
                  {t('status.change')}
                  <ChevronDown aria-hidden="true" className="size-4" />
                </Button>
              }
            >
              <MenuLabel>{t('status.nextSteps')}</MenuLabel>
              {steps.map((step) => (
                <MenuItem
                  key={step}
                  onSelect={() => void transition(step)}
                  tone={isCallOff(step) ? 'danger' : undefined}
                >
                  {t(`status.to.${step}`)}
                </MenuItem>
              ))}
            </DropdownMenu>
          ) : null}
          <Button variant="secondary" onClick={() => window.print()}>
            <Printer aria-hidden="true" className="size-4" />
            {t('page.print')}
          </Button>
        </div>
      </header>
      {refusal ? (
        problemIs(refusal, 'unapproved-lines') ? (
          <UnapprovedLines order={order} onSendEstimate={onSendEstimate} />
        ) : (
          <Alert tone="danger" title={t('status.refused')}>
            {asProblem(refusal)?.detail ?? t('failed')}
          </Alert>
        )
      ) : null}
      <Card title={t('page.details')}>
        <dl className="grid grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-2">
          <DetailItem term={t('fields.vehicle')}>
            {vehicle.data ? (
              <Link
                to="/vehicles/$vehicleId"
                params={{ vehicleId: vehicle.data.id }}
                className="inline-flex flex-wrap items-center gap-2 font-medium text-ink underline underline-offset-4 print:no-underline"
              >
                {vehicle.data.plate ? <PlateChip plate={vehicle.data.plate} /> : null}
                <span>
                  {vehicle.data.make} {vehicle.data.model}
                </span>
              </Link>
            ) : vehicle.isError ? (
              t('page.vehicleMissing')
            ) : (
              <span className="text-ink-muted">{t('page.loadingShort')}</span>
            )}
          </DetailItem>
          <DetailItem term={t('fields.client')}>
            {order.clientId === null ? (
              <span className="text-ink-muted">{t('page.clientErased')}</span>
            ) : client.data ? (
              <Link
                to="/clients/$clientId"
                params={{ clientId: client.data.id }}
                className="font-medium text-ink underline underline-offset-4 print:no-underline"
              >
                {client.data.firstName} {client.data.lastName}
              </Link>
            ) : (
              <span className="text-ink-muted">{t('page.loadingShort')}</span>
            )}
            {client.data?.phone ? (
              <a href={`tel:${client.data.phone}`} className="ml-2 text-sm text-ink-muted underline print:no-underline">
                {client.data.phone}
              </a>
            ) : null}
          </DetailItem>
          <DetailItem term={t('fields.mileageIn')}>
            {order.mileageIn !== null ? t('km', { value: formatQuantity(order.mileageIn, i18n.language) }) : dash}
          </DetailItem>
          <DetailItem term={t('fields.promised')}>
            {/* The promise made at intake; an order opened from a booking falls back to its end. */}
            {order.promisedAt
              ? format.dateTime(order.promisedAt)
              : appointment.data
                ? format.dateTime(appointment.data.endsAt)
                : dash}
          </DetailItem>
          <DetailItem term={t('fields.complaint')} wide>
            {order.complaint ? <span className="whitespace-pre-line">{order.complaint}</span> : dash}
          </DetailItem>
          {order.notes ? (
            <DetailItem term={t('fields.notes')} wide>
              <span className="whitespace-pre-line">{order.notes}</span>
            </DetailItem>
          ) : null}
        </dl>
      </Card>
    </>
  );
}

function isCallOff(status: OrderStatus): boolean {
  return status === 'cancelled' || status === 'declined';
}
