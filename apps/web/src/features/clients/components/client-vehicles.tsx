import { Link } from '@tanstack/react-router';
import type { UseQueryResult } from '@tanstack/react-query';
import { ChevronRight } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { components } from '@/lib/api/schema.gen';
import { PlateChip } from '@/ui/plate-chip';
import { LoadingRows } from '@/ui/skeleton';

type VehiclePage = components['schemas']['VehiclePageResponse'];

/** The client's cars (GET /clients/{id}/vehicles), each opening its vehicle page. */
export function ClientVehicles({ vehicles }: { readonly vehicles: UseQueryResult<VehiclePage, unknown> }) {
  const { t } = useTranslation('clients');
  if (vehicles.isPending) return <LoadingRows label={t('page.loadingVehicles')} rows={2} />;
  if (vehicles.isError) return <p className="text-ink-muted">{t('page.vehiclesFailed')}</p>;
  if (vehicles.data.items.length === 0) return <p className="text-ink-muted">{t('page.noVehicles')}</p>;
  return (
    <ul className="-mx-2 divide-y divide-line">
      {vehicles.data.items.map((vehicle) => (
        <li key={vehicle.id}>
          <Link
            to="/vehicles/$vehicleId"
            params={{ vehicleId: vehicle.id }}
            className="flex min-h-12 items-center gap-3 rounded-lg px-2 py-2 hover:bg-surface-2"
          >
            {vehicle.plate ? <PlateChip plate={vehicle.plate} /> : null}
            <span className="flex-1 font-medium">
              {vehicle.make} {vehicle.model}
              {vehicle.year ? <span className="ml-2 font-normal text-ink-muted">{vehicle.year}</span> : null}
            </span>
            <ChevronRight aria-hidden="true" className="size-5 text-ink-muted" />
          </Link>
        </li>
      ))}
    </ul>
  );
}
