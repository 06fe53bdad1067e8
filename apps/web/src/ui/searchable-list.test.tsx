import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SearchableList, type ListMode, type ListSearchChange, type SearchableListText } from './searchable-list';

type Sort = 'name' | '-name';
const text: SearchableListText = (key, values) =>
  values ? `${key} ${values.count ?? ''}${values.query ?? ''}`.trim() : key;

function renderList({
  query = '',
  rows,
  onChange = () => {},
}: {
  readonly query?: string;
  readonly rows: readonly string[];
  readonly onChange?: (change: ListSearchChange<Sort>, replace?: boolean) => void;
}) {
  return render(
    <SearchableList<string, Sort>
      text={text}
      retryLabel="retry"
      query={query}
      sort="name"
      sorts={[
        { value: 'name', label: 'By name' },
        { value: '-name', label: 'By name, Z to A' },
      ]}
      onChange={onChange}
      rows={rows}
      result={{ isError: false, isFetching: false, refetch: () => undefined }}
      searchDown={false}
      pagination={query ? undefined : { page: 1, limit: 2, total: 4 }}
      newAction={<button type="button">New client</button>}
    >
      {(shown, mode: ListMode) => (
        <ul aria-label={mode}>
          {shown.map((row) => (
            <li key={row}>{row}</li>
          ))}
        </ul>
      )}
    </SearchableList>,
  );
}

describe('SearchableList', () => {
  it('lists a page in the chosen order, with its total and pages', () => {
    renderList({ rows: ['Anna', 'Bo'] });
    expect(screen.getByRole('list', { name: 'page' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('total 4');
    expect(screen.getByRole('combobox', { name: 'sortLabel' })).toBeTruthy();
    expect(screen.getByRole('navigation')).toBeTruthy();
  });

  it('shows matches best first while searching: no sort menu, no pages', () => {
    renderList({ query: 'ann', rows: ['Anna'] });
    expect(screen.getByRole('list', { name: 'search' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('matches 1');
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('offers the new record and clearing the search when nothing matches', async () => {
    const onChange = vi.fn();
    renderList({ query: 'zz', rows: [], onChange });
    expect(screen.getByText('noMatches zz')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'New client' })).toBeTruthy();
    // The search box has its own clear button (the X); this is the empty state's.
    await userEvent.click(screen.getByText('clearSearch', { selector: 'button' }));
    expect(onChange).toHaveBeenCalledWith({ q: undefined, page: undefined }, true);
  });

  it('drops the page from the URL when the sort changes', async () => {
    const onChange = vi.fn();
    renderList({ rows: ['Anna', 'Bo'], onChange });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'sortLabel' }), '-name');
    expect(onChange).toHaveBeenCalledWith({ sort: '-name', page: undefined });
  });
});
