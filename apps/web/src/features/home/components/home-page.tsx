import { Link } from '@tanstack/react-router';
import { Car, Plus, Search } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { $api } from '@/lib/api/api-client';
import { useMe } from '@/lib/session/me';
import { buttonClasses } from '@/ui/button';
import { Card } from '@/ui/card';
import { EmptyState } from '@/ui/empty-state';
import { PageHeader } from '@/ui/page-header';
import { PlateChip } from '@/ui/plate-chip';
import { LoadingRows } from '@/ui/skeleton';

/** Where the day starts: the cars the person touched last and the next things to do. */
export function HomePage({ onSearch }: { readonly onSearch?: () => void }) {
  const { t } = useTranslation('home');
  const me = useMe();
  const recent = $api.useQuery('get', '/api/v1/vehicles/recent');
  return (
    <>
      <PageHeader
        title={t('greeting', { name: me.user.name.split(' ')[0] })}
        description={me.workshop.name}
        actions={
          <>
            <Link to="/vehicles/new" className={buttonClasses('primary')}>
              <Plus aria-hidden="true" className="size-4" />
              {t('newVehicle')}
            </Link>
            {onSearch ? (
              <button type="button" className={buttonClasses('secondary')} onClick={onSearch}>
                <Search aria-hidden="true" className="size-4" />
                {t('search')}
              </button>
            ) : null}
          </>
        }
      />
      <Card title={t('recent')}>
        {recent.isPending ? (
          <LoadingRows label={t('loadingRecent')} rows={3} />
        ) : recent.isError ? (
          <p role="alert" className="text-danger">
            {t('recentFailed')}
          </p>
        ) : recent.data.length === 0 ? (
          <EmptyState
            title={t('noRecent')}
            action={
              <Link to="/vehicles" className={buttonClasses('secondary')}>
                <Car aria-hidden="true" className="size-4" />
                {t('allVehicles')}
              </Link>
            }
          >
            {t('noRecentHint')}
          </EmptyState>
        ) : (
          <ul className="divide-y divide-line">
            {recent.data.map((vehicle) => (
              <li key={vehicle.id}>
                <Link
                  to="/vehicles/$vehicleId"
                  params={{ vehicleId: vehicle.id }}
                  className="flex items-center gap-3 py-3 hover:bg-surface-2"
                >
                  {vehicle.plate ? <PlateChip plate={vehicle.plate} /> : null}
                  <span className="font-medium">
                    {vehicle.make} {vehicle.model}
                  </span>
                  {vehicle.year ? <span className="text-ink-muted">{vehicle.year}</span> : null}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
