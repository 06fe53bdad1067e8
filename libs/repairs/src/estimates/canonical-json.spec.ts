import { canonicalJson, sha256Hex } from './canonical-json';

describe('canonical JSON (RFC 8785 for estimate snapshots)', () => {
  it('sorts members by UTF-16 code units at every depth and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: null, y: true }], c: 'x' }, A: false })).toBe(
      '{"A":false,"a":{"c":"x","d":[3,{"y":true,"z":null}]},"b":1}',
    );
    // "é" (U+00E9) sorts after "z"; a surrogate pair sorts by its first code unit, before U+FB01.
    expect(canonicalJson({ é: 1, z: 2, '\u{1F600}': 3, '\uFB01': 4 })).toBe('{"z":2,"é":1,"\u{1F600}":3,"\uFB01":4}');
  });

  it('writes numbers and strings as RFC 8785 does (the spec’s own examples)', () => {
    expect(canonicalJson([1.5, 0.33, 1e21, 1e-7, -0, 100, 2300])).toBe('[1.5,0.33,1e+21,1e-7,0,100,2300]');
    expect(canonicalJson('€$\u000F\nA\'B"\\\\"/')).toBe('"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"');
  });

  it('refuses what JSON cannot say exactly', () => {
    expect(() => canonicalJson(Number.NaN)).toThrow(/finite/);
    expect(() => canonicalJson(Number.POSITIVE_INFINITY)).toThrow(/finite/);
    expect(() => canonicalJson({ a: undefined })).toThrow(/plain JSON/);
    expect(() => canonicalJson({ at: new Date(0) })).toThrow(/plain JSON/);
    expect(() => canonicalJson(1n)).toThrow(/plain JSON/);
  });

  it('hashes the UTF-8 bytes with SHA-256, lowercase hex', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex(canonicalJson({ b: 'ł', a: 1 }))).toBe(sha256Hex('{"a":1,"b":"ł"}'));
  });
});
