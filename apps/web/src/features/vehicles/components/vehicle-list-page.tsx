import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { Plus } from 'lucide-react';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { buttonClasses } from '@/ui/button';
import { PageHeader } from '@/ui/page-header';
import { SearchableList, type ListSearchChange } from '@/ui/searchable-list';
import { useOwnerNames, useVehiclePage, useVehicleSearch } from '../api/vehicle-queries';
import { problemIs } from '../utils/problem-is';
import { DEFAULT_VEHICLE_SORT, VEHICLE_SORTS, type VehicleSort } from '../utils/vehicle-list-search';
import { VehicleListTable, type VehicleListRow } from './vehicle-list-table';

/** `/vehicles`: every vehicle of the workshop, or the best matches for what was typed. */
export function VehicleListPage() {
  const { t } = useTranslation('vehicles');
  const search = useSearch({ from: '/_staff/vehicles/' });
  const navigate = useNavigate({ from: '/vehicles/' });
  const searching = Boolean(search.q);
  const page = useVehiclePage(search, !searching);
  const hits = useVehicleSearch(search.q);
  const owners = useOwnerNames(page.data?.items.map((vehicle) => vehicle.clientId) ?? []);
  const current = searching ? hits : page;

  const onChange = useCallback(
    (change: ListSearchChange<VehicleSort>, replace?: boolean) =>
      void navigate({ search: (prev) => ({ ...prev, ...change }), replace }),
    [navigate],
  );

  const rows: VehicleListRow[] | undefined = searching
    ? hits.data?.items.map((hit) => ({
        id: hit.id,
        plate: hit.plate,
        name: hit.name,
        owner: hit.ownerName,
        phone: hit.phone,
      }))
    : page.data?.items.map((vehicle) => ({
        id: vehicle.id,
        plate: vehicle.plate,
        name: `${vehicle.make} ${vehicle.model}`,
        owner: vehicle.clientId ? (owners.get(vehicle.clientId) ?? null) : null,
        year: vehicle.year,
        fuelType: vehicle.fuelType,
        mileageKm: vehicle.mileageKm,
        updatedAt: vehicle.updatedAt,
      }));
  const newVehicle = (
    <Link to="/vehicles/new" className={buttonClasses('primary')}>
      <Plus aria-hidden="true" className="size-4" />
      {t('list.new')}
    </Link>
  );

  return (
    <>
      <PageHeader title={t('list.title')} actions={newVehicle} />
      <SearchableList
        text={(key, values) => t(`list.${key}`, values)}
        retryLabel={t('retry')}
        query={search.q ?? ''}
        sort={search.sort ?? DEFAULT_VEHICLE_SORT}
        sorts={VEHICLE_SORTS.map((sort) => ({ value: sort, label: t(`list.sorts.${sort}`) }))}
        onChange={onChange}
        rows={rows}
        result={current}
        searchDown={problemIs(current.error, 'search_unavailable')}
        pagination={searching ? undefined : page.data}
        newAction={newVehicle}
      >
        {(shown, mode) => <VehicleListTable rows={shown} mode={mode} caption={t('list.title')} />}
      </SearchableList>
    </>
  );
}
