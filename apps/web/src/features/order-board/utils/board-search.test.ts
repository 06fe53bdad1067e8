import { describe, expect, it } from 'vitest';
import { boardQuery, boardSearchSchema } from './board-search';

const parse = (raw: Record<string, unknown>) => boardSearchSchema.parse(raw);
const MECHANIC = '0b6f7d1e-3c1a-4c55-9d1e-2f0b3a4c5d6e';

describe('board search params', () => {
  it('reads the filters and the TV flag as the router hands them over', () => {
    expect(parse({ mine: true, tv: 1, from: '2026-12-01', to: '2026-12-07', date: 'created' })).toEqual({
      mine: true,
      tv: true,
      from: '2026-12-01',
      to: '2026-12-07',
      date: 'created',
    });
    expect(parse({ mechanic: MECHANIC })).toEqual({ mechanic: MECHANIC });
  });

  it('drops bad values and defaults instead of failing', () => {
    expect(parse({ mine: false, tv: 0, mechanic: 'x', from: '2026-13-45', to: 'soon', date: 'updated' })).toEqual({});
  });

  it('asks the API for mine over a mechanic, and leaves out a range that ends before it starts', () => {
    expect(boardQuery({ mine: true, mechanic: MECHANIC })).toEqual({ mine: true });
    expect(boardQuery({ from: '2026-12-07', to: '2026-12-01' })).toEqual({ from: '2026-12-07' });
    expect(boardQuery({ date: 'created', to: '2026-12-01' })).toEqual({ dateField: 'created', to: '2026-12-01' });
  });
});
