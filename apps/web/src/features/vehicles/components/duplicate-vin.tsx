import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { $api } from '@/lib/api/api-client';
import { Alert } from '@/ui/alert';
import { PlateChip } from '@/ui/plate-chip';

/**
 * The API's 409 for a VIN already in the workshop, in place under the field, with a link to the
 * vehicle that has it (found through the API's exact VIN lookup; query strings are never logged).
 */
export function DuplicateVin({ vin }: { readonly vin: string }) {
  const { t } = useTranslation('vehicles');
  const existing = $api.useQuery('get', '/api/v1/vehicles', { params: { query: { vin, limit: 1 } } });
  const vehicle = existing.data?.items[0];
  return (
    <Alert tone="danger" title={t('form.duplicateVin')} className="mt-2">
      {vehicle ? (
        <Link
          to="/vehicles/$vehicleId"
          params={{ vehicleId: vehicle.id }}
          className="mt-1 inline-flex flex-wrap items-center gap-2 font-medium underline"
        >
          {vehicle.plate ? <PlateChip plate={vehicle.plate} /> : null}
          {t('form.openExisting', { name: `${vehicle.make} ${vehicle.model}` })}
        </Link>
      ) : null}
    </Alert>
  );
}
