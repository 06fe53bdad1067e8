import { jsonShapeProblem, JSON_SHAPE_LIMITS } from './json-body';

const shape = (text: string) => jsonShapeProblem(Buffer.from(text, 'utf8'), JSON_SHAPE_LIMITS);
const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const members = (count: number) => `[${Array.from({ length: count }, () => '0').join(',')}]`;

describe('jsonShapeProblem', () => {
  it('accepts 32 levels and refuses 33', () => {
    expect(shape(nested(32))).toBeUndefined();
    expect(shape(nested(33))).toContain('deeper than 32 levels');
    expect(shape(`{"a":${'{"b":'.repeat(32)}1${'}'.repeat(32)}}`)).toContain('deeper than 32');
  });

  it('accepts 1000 members in one object or array and refuses 1001, counted per container', () => {
    expect(shape(members(1000))).toBeUndefined();
    expect(shape(members(1001))).toContain('more than 1000 members');
    // Ten arrays of 500 next to each other: no one container is too wide.
    expect(shape(`[${Array.from({ length: 10 }, () => members(500)).join(',')}]`)).toBeUndefined();
  });

  it('does not count brackets, commas or escaped quotes inside strings', () => {
    expect(shape(JSON.stringify({ a: '['.repeat(100), b: ','.repeat(5000), c: '\\"[[[[' }))).toBeUndefined();
    expect(shape(JSON.stringify({ a: `"${'{'.repeat(40)}` }))).toBeUndefined();
    expect(shape(JSON.stringify({ ['['.repeat(50)]: 'é😀' }))).toBeUndefined();
  });
});
