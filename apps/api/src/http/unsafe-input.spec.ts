import { unsafeInputProblems } from './unsafe-input';

describe('unsafeInputProblems', () => {
  it('names every string with a control character other than tab and line breaks', () => {
    expect(unsafeInputProblems({ a: 'x\u0000', b: { c: ['ok', '\u001b[31m'] }, d: 'tab\tnew\nline\r' })).toEqual([
      { field: 'a', message: 'must not contain control characters' },
      { field: 'b.c.1', message: 'must not contain control characters' },
    ]);
  });

  it('refuses lone surrogates but keeps paired ones', () => {
    expect(unsafeInputProblems({ a: '\ud800', b: '\udc00x', c: '😀' }).map((p) => p.field)).toEqual(['a', 'b']);
  });

  it('refuses non-finite and subnormal numbers, keeps zero and normal ones', () => {
    const problems = unsafeInputProblems({
      a: -1e-323,
      b: 5e-324,
      c: Infinity,
      d: 0,
      e: -0,
      f: 2.2250738585072014e-308,
      g: 1e308,
    });
    expect(problems.map((p) => p.field)).toEqual(['a', 'b', 'c']);
  });

  it('names a primitive input by its root', () => {
    expect(unsafeInputProblems('a\u0000b', 'token')).toEqual([
      { field: 'token', message: 'must not contain control characters' },
    ]);
  });
});
