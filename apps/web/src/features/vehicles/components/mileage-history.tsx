import { TriangleAlert } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useWorkshopFormat } from '@/lib/i18n/use-workshop-format';
import { Badge } from '@/ui/badge';
import { Button } from '@/ui/button';
import { Card } from '@/ui/card';
import { LoadFailed } from '@/ui/load-failed';
import { LoadingRows } from '@/ui/skeleton';
import { TableHead } from '@/ui/table-head';
import { useMileageHistory, type MileageReading, type Vehicle } from '../api/vehicle-queries';
import { MileageSparkline } from './mileage-sparkline';

/**
 * The odometer over time, newest first: every reading typed on the vehicle or noted at a repair
 * order's intake, who took it, and a warning on one lower than the reading before it.
 */
export function MileageHistory({ vehicle, onRecord }: { readonly vehicle: Vehicle; readonly onRecord: () => void }) {
  const { t } = useTranslation('vehicles');
  const history = useMileageHistory(vehicle.id);

  return (
    <Card title={t('mileage.title')}>
      {history.isPending ? <LoadingRows label={t('mileage.loading')} rows={3} /> : null}
      {history.isError ? (
        <LoadFailed title={t('mileage.failed')} retryLabel={t('retry')} onRetry={() => void history.refetch()} />
      ) : null}
      {history.data && history.data.items.length === 0 ? (
        <div className="flex flex-col items-start gap-3">
          <p className="text-ink-muted">{t('mileage.none')}</p>
          <Button variant="secondary" size="sm" onClick={onRecord}>
            {t('mileage.record')}
          </Button>
        </div>
      ) : null}
      {history.data && history.data.items.length > 0 ? (
        <>
          <MileageSparkline readings={history.data.items} />
          <ReadingsTable readings={history.data.items} />
          {history.data.total > history.data.items.length ? (
            <p className="mt-2 text-sm text-ink-muted">
              {t('mileage.truncated', { shown: history.data.items.length, total: history.data.total })}
            </p>
          ) : null}
        </>
      ) : null}
    </Card>
  );
}

/**
 * One table at every width: on a phone the source moves under the date (the third column is
 * hidden there), so the readings keep room for their figures.
 */
function ReadingsTable({ readings }: { readonly readings: readonly MileageReading[] }) {
  const { t } = useTranslation('vehicles');
  const format = useWorkshopFormat();
  return (
    <table className="w-full text-left text-sm">
      <TableHead
        caption={t('mileage.caption')}
        className="border-b border-line text-xs text-ink-muted uppercase"
        headings={[
          { label: t('mileage.columns.date'), className: 'pr-3 font-semibold' },
          { label: t('mileage.columns.mileage'), className: 'pr-3 text-right font-semibold' },
          { label: t('mileage.columns.source'), className: 'hidden font-semibold sm:table-cell' },
        ]}
      />
      <tbody className="divide-y divide-line">
        {readings.map((reading) => (
          <tr key={reading.id} className="align-top">
            <td className="py-2 pr-3">
              <time dateTime={reading.recordedAt} className="block">
                {format.dateTime(reading.recordedAt)}
              </time>
              <span className="mt-1 block sm:hidden">
                <Source reading={reading} />
              </span>
            </td>
            <td className="py-2 pr-3">
              <span className="flex flex-col items-end gap-1">
                <span className="font-semibold whitespace-nowrap tabular-nums">
                  {t('mileageValue', { value: format.number(reading.mileageKm) })}
                </span>
                {reading.decreased ? (
                  <Badge tone="warning" className="gap-1 whitespace-nowrap">
                    <TriangleAlert aria-hidden="true" className="size-3.5" />
                    {t('mileage.decreased')}
                  </Badge>
                ) : null}
              </span>
            </td>
            <td className="hidden py-2 sm:table-cell">
              <Source reading={reading} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Where the reading came from and who typed it. */
function Source({ reading }: { readonly reading: MileageReading }) {
  const { t } = useTranslation('vehicles');
  return (
    <>
      <span className="block">
        <SourceText reading={reading} />
      </span>
      {reading.recordedBy ? (
        <span className="block text-ink-muted">{t('mileage.by', { name: reading.recordedBy.name })}</span>
      ) : null}
    </>
  );
}

/** Where the reading came from, in words; the order's number is plain text until orders have pages. */
function SourceText({ reading }: { readonly reading: MileageReading }) {
  const { t } = useTranslation('vehicles');
  switch (reading.source) {
    case 'vehicle':
      return t('mileage.sourceVehicle');
    case 'repair-order':
      return t('mileage.sourceOrder', { number: reading.repairOrderNumber });
  }
}
