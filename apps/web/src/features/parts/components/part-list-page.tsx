import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { Plus } from 'lucide-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkshopFormat } from '@/lib/i18n/use-workshop-format';
import { roleAtLeast, useMe } from '@/lib/session/me';
import { Badge } from '@/ui/badge';
import { Button } from '@/ui/button';
import { CheckboxField } from '@/ui/checkbox-field';
import { EmptyState } from '@/ui/empty-state';
import { ListView } from '@/ui/list-view';
import { PageHeader } from '@/ui/page-header';
import { Pagination } from '@/ui/pagination';
import { ResponsiveTable } from '@/ui/responsive-table';
import { RowCardLink } from '@/ui/row-card-link';
import { SearchField } from '@/ui/search-field';
import { SortField } from '@/ui/sort-field';
import { isLow, usePartPage, type Part } from '../api/part-queries';
import { useMoney } from '../hooks/use-money';
import { DEFAULT_PART_SORT, PART_SORTS } from '../utils/part-list-search';
import { PartFormDialog } from './part-form-dialog';

/** `/parts`: the workshop's parts with their stock, searched, sorted, or only those running low. */
export function PartListPage() {
  const { t } = useTranslation('parts');
  const search = useSearch({ from: '/_staff/parts/' });
  const navigate = useNavigate({ from: '/parts/' });
  const me = useMe();
  const canCreate = roleAtLeast(me.role, 'manager');
  const [creating, setCreating] = useState(false);
  const page = usePartPage(search);
  const low = Boolean(search.low);

  const onSearch = useCallback(
    (q: string) =>
      void navigate({ search: (prev) => ({ ...prev, q: q || undefined, page: undefined }), replace: true }),
    [navigate],
  );
  const newPart = canCreate ? (
    <Button onClick={() => setCreating(true)}>
      <Plus aria-hidden="true" className="size-4" />
      {t('list.new')}
    </Button>
  ) : null;

  return (
    <>
      <PageHeader title={t('list.title')} actions={newPart} />
      <div className="mb-4 flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-end">
        {low ? null : (
          <>
            <SearchField
              label={t('list.searchLabel')}
              placeholder={t('list.searchPlaceholder')}
              clearLabel={t('list.clearSearch')}
              value={search.q ?? ''}
              onSearch={onSearch}
            />
            <SortField
              label={t('list.sortLabel')}
              className="sm:w-56"
              value={search.sort ?? DEFAULT_PART_SORT}
              sorts={PART_SORTS.map((sort) => ({ value: sort, label: t(`list.sorts.${sort}`) }))}
              onSort={(sort) => void navigate({ search: (prev) => ({ ...prev, sort, page: undefined }) })}
            />
          </>
        )}
        <CheckboxField
          label={t('list.lowOnly')}
          className="sm:pb-3"
          checked={low}
          onChange={(event) =>
            void navigate({
              search: (prev) => ({ ...prev, low: event.target.checked ? 1 : undefined, page: undefined }),
            })
          }
        />
        {low ? <p className="text-sm text-ink-muted sm:pb-3">{t('list.lowOrder')}</p> : null}
      </div>
      <ListView
        rows={page.data?.items}
        failed={page.isError}
        fetching={page.isFetching}
        labels={{ loading: t('list.loading'), failed: t('list.failed'), retry: t('retry') }}
        onRetry={() => void page.refetch()}
        summary={t(low ? 'list.totalLow' : 'list.total', { count: page.data?.total ?? 0 })}
        empty={
          low ? (
            <EmptyState title={t('list.noneLow')}>{t('list.noneLowHint')}</EmptyState>
          ) : search.q ? (
            <EmptyState
              title={t('list.noMatches', { query: search.q })}
              action={
                <Button variant="secondary" onClick={() => onSearch('')}>
                  {t('list.clearSearch')}
                </Button>
              }
            >
              {t('list.noMatchesHint')}
            </EmptyState>
          ) : (
            <EmptyState title={t('list.empty')} action={newPart}>
              {canCreate ? t('list.emptyHint') : t('list.emptyHintMechanic')}
            </EmptyState>
          )
        }
      >
        {(shown) => (
          <>
            <PartListTable rows={shown} />
            {page.data ? (
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
      {canCreate ? <PartFormDialog open={creating} onOpenChange={setCreating} /> : null}
    </>
  );
}

function PartListTable({ rows }: { readonly rows: readonly Part[] }) {
  const { t } = useTranslation('parts');
  const format = useWorkshopFormat();
  const money = useMoney();
  const stock = (part: Part) => t('units', { count: part.onHand, value: format.number(part.onHand) });
  const state = (part: Part) =>
    !part.active ? <Badge>{t('inactive')}</Badge> : isLow(part) ? <Badge tone="warning">{t('low')}</Badge> : null;
  return (
    <ResponsiveTable
      rows={rows}
      rowKey={(part) => part.id}
      caption={t('list.title')}
      columns={[
        {
          header: t('list.columns.number'),
          cell: (part) => <span className="font-mono text-sm">{part.partNumber}</span>,
          className: 'whitespace-nowrap',
        },
        {
          header: t('list.columns.name'),
          cell: (part) => (
            <Link
              to="/parts/$partId"
              params={{ partId: part.id }}
              className="rounded-md py-1 font-medium hover:underline"
            >
              {part.name}
            </Link>
          ),
        },
        { header: t('list.columns.brand'), cell: (part) => part.brand ?? <span className="text-ink-muted">—</span> },
        {
          header: t('list.columns.stock'),
          cell: (part) => (
            <span className="inline-flex items-center gap-2 whitespace-nowrap">
              <span className="tabular-nums">{stock(part)}</span>
              {state(part)}
            </span>
          ),
        },
        {
          header: t('list.columns.price'),
          cell: (part) => money.format(part.priceMinor),
          className: 'text-right tabular-nums whitespace-nowrap',
        },
      ]}
      card={(part) => (
        <RowCardLink>
          <Link to="/parts/$partId" params={{ partId: part.id }}>
            <span className="flex min-w-0 flex-1 flex-col gap-1">
              <span className="flex flex-wrap items-center gap-2">
                <span className="font-medium">{part.name}</span>
                {state(part)}
              </span>
              <span className="truncate text-sm text-ink-muted">
                {[part.partNumber, stock(part), money.format(part.priceMinor)].join(' · ')}
              </span>
            </span>
          </Link>
        </RowCardLink>
      )}
    />
  );
}
