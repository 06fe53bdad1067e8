import { useTranslation } from 'react-i18next';
import { $api } from '@/lib/api/api-client';
import { useWorkshopFormat } from '@/lib/i18n/use-workshop-format';
import { Card } from '@/ui/card';
import { LoadingRows } from '@/ui/skeleton';
import type { Vehicle } from '../api/vehicle-queries';

/** Readings the API holds, newest first: one per repair order (taken at intake). */
const ORDERS_READ = 100;

/**
 * The odometer over time: the vehicle keeps its latest reading only, so the earlier ones are
 * those written on its repair orders at intake.
 */
export function MileageHistory({ vehicle }: { readonly vehicle: Vehicle }) {
  const { t } = useTranslation('vehicles');
  const format = useWorkshopFormat();
  const orders = $api.useQuery('get', '/api/v1/repair-orders', {
    params: { query: { vehicleId: vehicle.id, limit: ORDERS_READ, sort: '-createdAt' } },
  });
  const readings = (orders.data?.items ?? []).flatMap((order) =>
    order.mileageIn === null ? [] : [{ id: order.id, at: order.createdAt, km: order.mileageIn, number: order.number }],
  );
  const km = (value: number) => t('mileageValue', { value: format.number(value) });

  return (
    <Card title={t('mileage.title')}>
      {vehicle.mileageKm === null && readings.length === 0 && !orders.isPending ? (
        <p className="text-ink-muted">{t('mileage.none')}</p>
      ) : (
        <ol className="divide-y divide-line">
          {vehicle.mileageKm !== null ? (
            <li className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-2">
              <span className="font-semibold tabular-nums">{km(vehicle.mileageKm)}</span>
              <span className="text-sm text-ink-muted">
                {t('mileage.current', { date: format.date(vehicle.updatedAt) })}
              </span>
            </li>
          ) : null}
          {readings.map((reading) => (
            <li key={reading.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-2">
              <span className="tabular-nums">{km(reading.km)}</span>
              <span className="text-sm text-ink-muted">
                {t('mileage.atOrder', { date: format.date(reading.at), number: reading.number })}
              </span>
            </li>
          ))}
        </ol>
      )}
      {orders.isPending ? <LoadingRows label={t('mileage.loading')} rows={2} /> : null}
      {orders.isError ? <p className="mt-2 text-sm text-ink-muted">{t('mileage.ordersUnavailable')}</p> : null}
      <p className="mt-3 text-xs text-ink-muted">{t('mileage.note')}</p>
    </Card>
  );
}
