import { useCallback, type ReactNode } from 'react';
import { Button } from './button';
import { EmptyState } from './empty-state';
import { ListToolbar } from './list-toolbar';
import { ListView } from './list-view';
import { Pagination } from './pagination';

/** The words a searchable list says, each looked up by the feature in its own namespace. */
export type SearchableListText = (
  key:
    | 'searchLabel'
    | 'searchPlaceholder'
    | 'clearSearch'
    | 'bestFirst'
    | 'sortLabel'
    | 'loading'
    | 'failed'
    | 'searchDown'
    | 'matches'
    | 'total'
    | 'noMatches'
    | 'noMatchesHint'
    | 'empty'
    | 'emptyHint',
  values?: { readonly count?: number; readonly query?: string },
) => string;

/** A page of records in order, or the best matches for a query (which know less of each). */
export type ListMode = 'page' | 'search';

/** What a searchable list hands the table that shows its rows. */
export interface ListTableProps<Row> {
  readonly rows: readonly Row[];
  readonly mode: ListMode;
  readonly caption: string;
}

/** A change to the list's URL state (`?q=&sort=&page=`); `undefined` drops the parameter. */
export interface ListSearchChange<Sort extends string> {
  readonly q?: string | undefined;
  readonly sort?: Sort | undefined;
  readonly page?: number | undefined;
}

/**
 * A list the URL drives: a page of records in the chosen order, or, while a query is typed, the
 * server's best matches (no sort, no pages). Loading, failure (search down said as such) and an
 * empty state that offers the next actions: the new record, and clearing the search or
 * `emptyAction` when there is nothing yet.
 */
export function SearchableList<Row, Sort extends string>({
  text,
  retryLabel,
  query,
  sort,
  sorts,
  onChange,
  rows,
  result,
  searchDown,
  pagination,
  newAction,
  emptyAction,
  children,
}: {
  readonly text: SearchableListText;
  readonly retryLabel: string;
  readonly query: string;
  readonly sort: Sort;
  readonly sorts: readonly { readonly value: Sort; readonly label: string }[];
  /** Writes the URL; stable across renders (the search box restarts its pause when it changes). */
  readonly onChange: (change: ListSearchChange<Sort>, replace?: boolean) => void;
  /** Undefined until the first answer. */
  readonly rows: readonly Row[] | undefined;
  /** The read behind the rows (the page's or the search's), as TanStack Query states it. */
  readonly result: { readonly isError: boolean; readonly isFetching: boolean; readonly refetch: () => unknown };
  /** The search service is down (the page of records still works): said in the failure. */
  readonly searchDown: boolean;
  /** The page's answer while listing; undefined while searching or loading. */
  readonly pagination: { readonly page: number; readonly limit: number; readonly total: number } | undefined;
  readonly newAction: ReactNode;
  readonly emptyAction?: ReactNode;
  readonly children: (rows: readonly Row[], mode: ListMode) => ReactNode;
}) {
  const searching = Boolean(query);
  const onSearch = useCallback((q: string) => onChange({ q: q || undefined, page: undefined }, true), [onChange]);
  return (
    <>
      <ListToolbar
        labels={{
          search: text('searchLabel'),
          searchPlaceholder: text('searchPlaceholder'),
          clearSearch: text('clearSearch'),
          bestFirst: text('bestFirst'),
          sort: text('sortLabel'),
        }}
        query={query}
        onSearch={onSearch}
        sort={sort}
        sorts={sorts}
        onSort={(next) => onChange({ sort: next, page: undefined })}
      />
      <ListView
        rows={rows}
        failed={result.isError}
        fetching={result.isFetching}
        labels={{ loading: text('loading'), failed: text('failed'), retry: retryLabel }}
        onRetry={() => void result.refetch()}
        failedDetail={searching && searchDown ? text('searchDown') : null}
        summary={
          searching ? text('matches', { count: rows?.length ?? 0 }) : text('total', { count: pagination?.total ?? 0 })
        }
        empty={
          <EmptyState
            title={searching ? text('noMatches', { query }) : text('empty')}
            action={
              <div className="flex flex-wrap justify-center gap-2">
                {newAction}
                {searching ? (
                  <Button variant="secondary" onClick={() => onSearch('')}>
                    {text('clearSearch')}
                  </Button>
                ) : (
                  emptyAction
                )}
              </div>
            }
          >
            {searching ? text('noMatchesHint') : text('emptyHint')}
          </EmptyState>
        }
      >
        {(shown) => (
          <>
            {children(shown, searching ? 'search' : 'page')}
            {!searching && pagination ? (
              <Pagination
                page={pagination.page}
                limit={pagination.limit}
                total={pagination.total}
                onPage={(next) => onChange({ page: next === 1 ? undefined : next })}
              />
            ) : null}
          </>
        )}
      </ListView>
    </>
  );
}
