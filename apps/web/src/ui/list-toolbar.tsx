import { SearchField } from './search-field';
import { SortField } from './sort-field';

/**
 * A list's search box and sort menu. While searching, the server ranks the hits, so the sort
 * gives way to a note saying so.
 */
export function ListToolbar<Sort extends string>({
  labels,
  query,
  onSearch,
  sort,
  sorts,
  onSort,
}: {
  readonly labels: {
    readonly search: string;
    readonly searchPlaceholder: string;
    readonly clearSearch: string;
    readonly bestFirst: string;
    readonly sort: string;
  };
  readonly query: string;
  readonly onSearch: (query: string) => void;
  readonly sort: Sort;
  readonly sorts: readonly { readonly value: Sort; readonly label: string }[];
  readonly onSort: (sort: Sort) => void;
}) {
  return (
    <div className="mb-4 flex flex-col gap-3 sm:flex-row sm:items-end">
      <SearchField
        label={labels.search}
        placeholder={labels.searchPlaceholder}
        clearLabel={labels.clearSearch}
        value={query}
        onSearch={onSearch}
      />
      {query ? (
        <p className="text-sm text-ink-muted sm:pb-3">{labels.bestFirst}</p>
      ) : (
        <SortField label={labels.sort} className="sm:w-56" value={sort} sorts={sorts} onSort={onSort} />
      )}
    </div>
  );
}
