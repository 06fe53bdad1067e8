import { Link } from '@tanstack/react-router';
import { ChevronRight, Plus } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkshopFormat } from '@/lib/i18n/use-workshop-format';
import { roleAtLeast, useMe } from '@/lib/session/me';
import { Badge } from '@/ui/badge';
import { Button } from '@/ui/button';
import { Card } from '@/ui/card';
import { LoadFailed } from '@/ui/load-failed';
import { PlateChip } from '@/ui/plate-chip';
import { ShowMore, useGrowingLimit } from '@/ui/show-more';
import { LoadingRows } from '@/ui/skeleton';
import type { Order } from '../api/order-queries';
import { useClientCars, useOrdersOf, type OrderOwner } from '../api/related-order-queries';
import { formatMoney } from '../utils/money';
import { STATUS_TONE } from '../utils/status';
import { NewVehicleOrderDialog } from './new-vehicle-order-dialog';

interface Car {
  readonly plate: string | null;
  readonly make: string;
  readonly model: string;
}

/**
 * The repair orders of a client or a vehicle, newest first: number, status, when opened and
 * promised, total; each opens its order. On a vehicle's page a manager opens a new one here.
 */
export function RelatedOrdersCard({ owner }: { readonly owner: OrderOwner }) {
  const { t } = useTranslation('orders');
  const me = useMe();
  // Beyond the API's largest page the board takes over.
  const growing = useGrowingLimit();
  const [creating, setCreating] = useState(false);
  const orders = useOrdersOf(owner, growing.limit);
  const cars = useClientCars('clientId' in owner ? owner.clientId : undefined);
  const vehicleId = 'vehicleId' in owner ? owner.vehicleId : undefined;
  const mayCreate = vehicleId !== undefined && roleAtLeast(me.role, 'manager');
  const carOf = (order: Order): Car | undefined => cars.data?.items.find((car) => car.id === order.vehicleId);

  const newOrder = mayCreate ? (
    <Button variant="secondary" size="sm" onClick={() => setCreating(true)}>
      <Plus aria-hidden="true" className="size-4" />
      {t('related.new')}
    </Button>
  ) : null;
  const items = orders.data?.items ?? [];
  const total = orders.data?.total ?? 0;

  return (
    <Card title={t('related.title')} actions={total > 0 ? newOrder : undefined}>
      {orders.isPending ? (
        <LoadingRows label={t('related.loading')} rows={3} />
      ) : orders.isError ? (
        <LoadFailed title={t('related.failed')} retryLabel={t('retry')} onRetry={() => void orders.refetch()} />
      ) : total === 0 ? (
        <div className="flex flex-col items-start gap-3">
          <p className="text-sm text-ink-muted">{t(vehicleId ? 'related.emptyVehicle' : 'related.emptyClient')}</p>
          {newOrder}
        </div>
      ) : (
        <>
          <ul className="-mx-2 flex flex-col divide-y divide-line">
            {items.map((order) => (
              <RelatedOrderRow key={order.id} order={order} car={vehicleId ? undefined : carOf(order)} />
            ))}
          </ul>
          <ShowMore
            growing={growing}
            shown={items.length}
            total={total}
            busy={orders.isFetching}
            label={(count) => t('related.more', { count })}
          />
        </>
      )}
      {vehicleId && mayCreate ? (
        <NewVehicleOrderDialog vehicleId={vehicleId} open={creating} onOpenChange={setCreating} />
      ) : null}
    </Card>
  );
}

function RelatedOrderRow({ order, car }: { readonly order: Order; readonly car: Car | undefined }) {
  const { t, i18n } = useTranslation('orders');
  const format = useWorkshopFormat();
  return (
    <li>
      <Link
        to="/orders/$orderId"
        params={{ orderId: order.id }}
        className="flex min-h-12 items-center gap-3 rounded-lg px-2 py-2 hover:bg-surface-2"
      >
        <span className="flex min-w-0 flex-1 flex-col gap-1">
          <span className="flex flex-wrap items-center gap-2">
            <span className="font-semibold">{t('page.title', { number: order.number })}</span>
            <Badge tone={STATUS_TONE[order.status]}>{t(`statuses.${order.status}`)}</Badge>
          </span>
          {car ? (
            <span className="flex flex-wrap items-center gap-2 text-sm">
              {car.plate ? <PlateChip plate={car.plate} /> : null}
              <span>
                {car.make} {car.model}
              </span>
            </span>
          ) : null}
          <span className="text-sm text-ink-muted">
            {t('related.opened', { date: format.date(order.createdAt) })}
            {order.promisedAt ? ` · ${t('related.promised', { date: format.dateTime(order.promisedAt) })}` : null}
          </span>
        </span>
        <span className="shrink-0 text-end font-semibold whitespace-nowrap tabular-nums">
          <span className="sr-only">{t('related.total')} </span>
          {formatMoney(order.totals.grossMinor, order.currency, i18n.language)}
        </span>
        <ChevronRight aria-hidden="true" className="size-5 shrink-0 text-ink-muted" />
      </Link>
    </li>
  );
}
