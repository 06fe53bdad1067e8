import { describe, expect, it } from 'vitest';
import { vehicleListSearchSchema } from './vehicle-list-search';

const parse = (raw: Record<string, unknown>) => vehicleListSearchSchema.parse(raw);

describe('vehicle list search params', () => {
  it('reads a query, a page and a sort the API knows', () => {
    expect(parse({ q: 'WA 123', page: 3, sort: 'plate' })).toEqual({ q: 'WA 123', page: 3, sort: 'plate' });
    expect(parse({ page: '2' })).toEqual({ page: 2 });
  });

  it('keeps defaults out of the URL: no query, page 1, newest first', () => {
    expect(parse({})).toEqual({});
    expect(parse({ q: '   ', page: 1, sort: '-createdAt' })).toEqual({});
  });

  it('keeps a query the router read as a number as text', () => {
    expect(parse({ q: 601234567 })).toEqual({ q: '601234567' });
  });

  it('falls back to the default for every bad value instead of failing', () => {
    expect(parse({ q: { nested: true }, page: 'x', sort: 'password' })).toEqual({});
    expect(parse({ page: 0 })).toEqual({});
    expect(parse({ page: -4 })).toEqual({});
    expect(parse({ page: 2.5 })).toEqual({});
    expect(parse({ sort: '-lastName' })).toEqual({});
  });

  it('trims the query and cuts it at 100 characters', () => {
    expect(parse({ q: '  golf ' })).toEqual({ q: 'golf' });
    expect(parse({ q: 'x'.repeat(150) }).q).toHaveLength(100);
  });
});
