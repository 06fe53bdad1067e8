import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { Car, UserPlus } from 'lucide-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, buttonClasses } from '@/ui/button';
import { EmptyState } from '@/ui/empty-state';
import { ListToolbar } from '@/ui/list-toolbar';
import { ListView } from '@/ui/list-view';
import { PageHeader } from '@/ui/page-header';
import { Pagination } from '@/ui/pagination';
import { useClientPage, useClientSearch } from '../api/client-queries';
import { CLIENT_SORTS, DEFAULT_CLIENT_SORT } from '../utils/client-list-search';
import { problemIs } from '../utils/problem-is';
import { ClientFormDialog } from './client-form-dialog';
import { ClientListTable, type ClientListRow } from './client-list-table';

/** `/clients`: the workshop's clients, or the best matches for a name, phone or e-mail. */
export function ClientListPage() {
  const { t } = useTranslation('clients');
  const search = useSearch({ from: '/_staff/clients/' });
  const navigate = useNavigate({ from: '/clients/' });
  const [creating, setCreating] = useState(false);
  const searching = Boolean(search.q);
  const page = useClientPage(search, !searching);
  const hits = useClientSearch(search.q);
  const current = searching ? hits : page;

  const onSearch = useCallback(
    (q: string) =>
      void navigate({ search: (prev) => ({ ...prev, q: q || undefined, page: undefined }), replace: true }),
    [navigate],
  );

  const rows: ClientListRow[] | undefined = searching
    ? hits.data?.items.map((hit) => ({ id: hit.id, name: hit.name, phone: hit.phone }))
    : page.data?.items.map((client) => ({
        id: client.id,
        name: `${client.lastName} ${client.firstName}`,
        phone: client.phone,
        email: client.email,
        consentAt: client.gdprConsentAt,
        createdAt: client.createdAt,
      }));
  const newClient = (
    <Button onClick={() => setCreating(true)}>
      <UserPlus aria-hidden="true" className="size-4" />
      {t('list.new')}
    </Button>
  );

  return (
    <>
      <PageHeader title={t('list.title')} actions={newClient} />
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
        sort={search.sort ?? DEFAULT_CLIENT_SORT}
        sorts={CLIENT_SORTS.map((sort) => ({ value: sort, label: t(`list.sorts.${sort}`) }))}
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
          <EmptyState
            title={searching ? t('list.noMatches', { query: search.q }) : t('list.empty')}
            action={
              <div className="flex flex-wrap justify-center gap-2">
                {newClient}
                {searching ? (
                  <Button variant="secondary" onClick={() => onSearch('')}>
                    {t('list.clearSearch')}
                  </Button>
                ) : (
                  <Link to="/vehicles/new" className={buttonClasses('secondary')}>
                    <Car aria-hidden="true" className="size-4" />
                    {t('list.newVehicle')}
                  </Link>
                )}
              </div>
            }
          >
            {searching ? t('list.noMatchesHint') : t('list.emptyHint')}
          </EmptyState>
        }
      >
        {(shown) => (
          <>
            <ClientListTable rows={shown} mode={searching ? 'search' : 'page'} caption={t('list.title')} />
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
      <ClientFormDialog open={creating} onOpenChange={setCreating} />
    </>
  );
}
