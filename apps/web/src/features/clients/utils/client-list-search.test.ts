import { describe, expect, it } from 'vitest';
import { clientListSearchSchema } from './client-list-search';

const parse = (raw: Record<string, unknown>) => clientListSearchSchema.parse(raw);

describe('client list search params', () => {
  it('reads the sorts the clients API knows, last name first by default', () => {
    expect(parse({ sort: '-createdAt', page: 4 })).toEqual({ sort: '-createdAt', page: 4 });
    expect(parse({ sort: 'lastName' })).toEqual({});
  });

  it("falls back to the default for a vehicle's sort or any bad value", () => {
    expect(parse({ sort: 'plate', page: 'many', q: null })).toEqual({});
  });
});
