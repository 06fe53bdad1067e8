import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { Car, UserPlus } from 'lucide-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, buttonClasses } from '@/ui/button';
import { PageHeader } from '@/ui/page-header';
import { SearchableList, type ListSearchChange } from '@/ui/searchable-list';
import { useClientPage, useClientSearch } from '../api/client-queries';
import { CLIENT_SORTS, DEFAULT_CLIENT_SORT, type ClientSort } from '../utils/client-list-search';
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

  const onChange = useCallback(
    (change: ListSearchChange<ClientSort>, replace?: boolean) =>
      void navigate({ search: (prev) => ({ ...prev, ...change }), replace }),
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
      <SearchableList
        text={(key, values) => t(`list.${key}`, values)}
        retryLabel={t('retry')}
        query={search.q ?? ''}
        sort={search.sort ?? DEFAULT_CLIENT_SORT}
        sorts={CLIENT_SORTS.map((sort) => ({ value: sort, label: t(`list.sorts.${sort}`) }))}
        onChange={onChange}
        rows={rows}
        result={current}
        searchDown={problemIs(current.error, 'search_unavailable')}
        pagination={searching ? undefined : page.data}
        newAction={newClient}
        emptyAction={
          <Link to="/vehicles/new" className={buttonClasses('secondary')}>
            <Car aria-hidden="true" className="size-4" />
            {t('list.newVehicle')}
          </Link>
        }
      >
        {(shown, mode) => <ClientListTable rows={shown} mode={mode} caption={t('list.title')} />}
      </SearchableList>
      <ClientFormDialog open={creating} onOpenChange={setCreating} />
    </>
  );
}
