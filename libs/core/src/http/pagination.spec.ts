import { ValidationFailedError } from '../errors/validation-failed.error';
import { offsetOf, PageQuery, pageOf, resolveSort, SortOrder } from './pagination';

const ALLOWED = { name: 'u.name', joinedAt: 'm.created_at' } as const;
const FALLBACK: SortOrder = { column: 'u.name', direction: 'ASC' };

function query(page: number, limit: number): PageQuery {
  return Object.assign(new PageQuery(), { page, limit });
}

/** Runs `resolveSort` expecting it to refuse `sort` and hands back the error. */
function refusalOf(sort: string): ValidationFailedError {
  try {
    resolveSort(sort, ALLOWED, FALLBACK);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationFailedError);
    return error as ValidationFailedError;
  }
  throw new Error(`expected sort "${sort}" to be refused`);
}

describe('resolveSort', () => {
  it('sorts an allowed field ascending, by its SQL column', () => {
    expect(resolveSort('joinedAt', ALLOWED, FALLBACK)).toEqual({ column: 'm.created_at', direction: 'ASC' });
  });

  it('sorts an allowed field descending when it is prefixed with "-"', () => {
    expect(resolveSort('-joinedAt', ALLOWED, FALLBACK)).toEqual({ column: 'm.created_at', direction: 'DESC' });
  });

  it('uses the fallback order when no sort is asked for', () => {
    expect(resolveSort(undefined, ALLOWED, FALLBACK)).toBe(FALLBACK);
    expect(resolveSort('', ALLOWED, FALLBACK)).toBe(FALLBACK);
  });

  it('refuses an unknown field with a 400 naming the "sort" field and the allowed names', () => {
    const error = refusalOf('password');

    expect(error.code).toBe('validation_failed');
    expect(error.kind).toBe('invalid');
    expect(error.fieldProblems).toHaveLength(1);
    expect(error.fieldProblems?.[0]?.field).toBe('sort');
    expect(error.fieldProblems?.[0]?.message).toContain('name, joinedAt');
  });

  it('refuses an unknown descending field and a bare "-"', () => {
    expect(refusalOf('-password').fieldProblems?.[0]?.field).toBe('sort');
    expect(refusalOf('-').fieldProblems?.[0]?.field).toBe('sort');
  });

  it('never lets a SQL column name through as a field: only API names are accepted', () => {
    expect(refusalOf('u.name').fieldProblems?.[0]?.field).toBe('sort');
  });

  it('is case sensitive about field names', () => {
    expect(refusalOf('Name').fieldProblems?.[0]?.field).toBe('sort');
  });

  // Regression: `?sort=constructor` passes PageQuery's pattern and once resolved to an
  // inherited function, which StaffService put into its ORDER BY (a 500).
  it('refuses names inherited from Object.prototype, such as "constructor"', () => {
    for (const inherited of ['constructor', 'toString', '-valueOf', 'hasOwnProperty']) {
      expect(refusalOf(inherited).fieldProblems?.[0]?.field).toBe('sort');
    }
  });
});

describe('offsetOf', () => {
  it('starts the first page at row 0', () => {
    expect(offsetOf(query(1, 20))).toBe(0);
  });

  it('skips every row of the earlier pages', () => {
    expect(offsetOf(query(2, 20))).toBe(20);
    expect(offsetOf(query(5, 7))).toBe(28);
  });

  it('uses the PageQuery defaults of page 1 and 20 per page', () => {
    const defaults = new PageQuery();

    expect(defaults.page).toBe(1);
    expect(defaults.limit).toBe(20);
    expect(offsetOf(defaults)).toBe(0);
  });
});

describe('pageOf', () => {
  it('wraps the items with the page, the limit and the total count', () => {
    const items = ['a', 'b'];

    expect(pageOf(items, 42, query(3, 2))).toEqual({ items: ['a', 'b'], page: 3, limit: 2, total: 42 });
  });

  it('reports an empty page past the end without changing the total', () => {
    expect(pageOf([], 5, query(9, 10))).toEqual({ items: [], page: 9, limit: 10, total: 5 });
  });
});
