import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { Plus } from 'lucide-react';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, buttonClasses } from '@/ui/button';
import { EmptyState } from '@/ui/empty-state';
import { ListToolbar } from '@/ui/list-toolbar';
import { ListView } from '@/ui/list-view';
import { PageHeader } from '@/ui/page-header';
import { Pagination } from '@/ui/pagination';
import { useOwnerNames, useVehiclePage, useVehicleSearch } from '../api/vehicle-queries';
import { problemIs } from '../utils/problem-is';
import { DEFAULT_VEHICLE_SORT, VEHICLE_SORTS } from '../utils/vehicle-list-search';
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

  const onSearch = useCallback(
    (q: string) =>
      void navigate({ search: (prev) => ({ ...prev, q: q || undefined, page: undefined }), replace: true }),
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
      <ListToolbar
        labels={{
          search: t('list.searchLabel'),
          searchPlaceholder: t('list.searchPlaceholder'),
          clearSearch: t('list.clearSearch'),
          bestFirst: t('list.bestFirst'),
          sort: t('list.sortLabel'),
        }}
        query={search.q ?? ''}
        onSearch={onSearch}
        sort={search.sort ?? DEFAULT_VEHICLE_SORT}
        sorts={VEHICLE_SORTS.map((sort) => ({ value: sort, label: t(`list.sorts.${sort}`) }))}
        onSort={(sort) => void navigate({ search: (prev) => ({ ...prev, sort, page: undefined }) })}
      />
      <ListView
        rows={rows}
        failed={current.isError}
        fetching={current.isFetching}
        labels={{ loading: t('list.loading'), failed: t('list.failed'), retry: t('retry') }}
        onRetry={() => void current.refetch()}
        failedDetail={searching && problemIs(current.error, 'search_unavailable') ? t('list.searchDown') : null}
        summary={
          searching
            ? t('list.matches', { count: rows?.length ?? 0 })
            : t('list.total', { count: page.data?.total ?? 0 })
        }
        empty={
          searching ? (
            <EmptyState
              title={t('list.noMatches', { query: search.q })}
              action={
                <div className="flex flex-wrap justify-center gap-2">
                  {newVehicle}
                  <Button variant="secondary" onClick={() => onSearch('')}>
                    {t('list.clearSearch')}
                  </Button>
                </div>
              }
            >
              {t('list.noMatchesHint')}
            </EmptyState>
          ) : (
            <EmptyState title={t('list.empty')} action={newVehicle}>
              {t('list.emptyHint')}
            </EmptyState>
          )
        }
      >
        {(shown) => (
          <>
            <VehicleListTable rows={shown} mode={searching ? 'search' : 'page'} caption={t('list.title')} />
            {!searching && page.data ? (
              <Pagination
                page={page.data.page}
                limit={page.data.limit}
                total={page.data.total}
                onPage={(next) =>
                  void navigate({ search: (prev) => ({ ...prev, page: next === 1 ? undefined : next }) })
                }
              />
            ) : null}
          </>
        )}
      </ListView>
    </>
  );
}
