import { Link } from '@tanstack/react-router';
import { Plus } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkshopFormat } from '@/lib/i18n/use-workshop-format';
import { roleAtLeast, useMe } from '@/lib/session/me';
import { Badge } from '@/ui/badge';
import { Button } from '@/ui/button';
import { Card } from '@/ui/card';
import { RelatedList } from '@/ui/related-list';
import { RelatedRow, type RelatedRowVehicle } from '@/ui/related-row';
import { useGrowingLimit } from '@/ui/show-more';
import type { Order } from '../api/order-queries';
import { useClientCars, useOrdersOf, type OrderOwner } from '../api/related-order-queries';
import { formatMoney } from '../utils/money';
import { STATUS_TONE } from '../utils/status';
import { NewVehicleOrderDialog } from './new-vehicle-order-dialog';

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
  const carOf = (order: Order): RelatedRowVehicle | undefined =>
    cars.data?.items.find((car) => car.id === order.vehicleId);

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
      <RelatedList
        query={orders}
        growing={growing}
        shown={items.length}
        total={total}
        text={(key, values) => t(`related.${key}`, values)}
        retryLabel={t('retry')}
        empty={
          <div className="flex flex-col items-start gap-3">
            <p className="text-sm text-ink-muted">{t(vehicleId ? 'related.emptyVehicle' : 'related.emptyClient')}</p>
            {newOrder}
          </div>
        }
      >
        {items.map((order) => (
          <RelatedOrderRow key={order.id} order={order} car={vehicleId ? undefined : carOf(order)} />
        ))}
      </RelatedList>
      {vehicleId && mayCreate ? (
        <NewVehicleOrderDialog vehicleId={vehicleId} open={creating} onOpenChange={setCreating} />
      ) : null}
    </Card>
  );
}

function RelatedOrderRow({ order, car }: { readonly order: Order; readonly car: RelatedRowVehicle | undefined }) {
  const { t, i18n } = useTranslation('orders');
  const format = useWorkshopFormat();
  return (
    <RelatedRow
      heading={
        <>
          <span className="font-semibold">{t('page.title', { number: order.number })}</span>
          <Badge tone={STATUS_TONE[order.status]}>{t(`statuses.${order.status}`)}</Badge>
        </>
      }
      vehicle={car}
      details={
        <>
          {t('related.opened', { date: format.date(order.createdAt) })}
          {order.promisedAt ? ` · ${t('related.promised', { date: format.dateTime(order.promisedAt) })}` : null}
        </>
      }
      totalLabel={t('related.total')}
      total={formatMoney(order.totals.grossMinor, order.currency, i18n.language)}
    >
      <Link to="/orders/$orderId" params={{ orderId: order.id }} />
    </RelatedRow>
  );
}
