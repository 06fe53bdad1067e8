import { describe, expect, it } from 'vitest';
import { linkTokenOf } from './link-token';

describe('linkTokenOf', () => {
  it('reads the token from the fragment', () => {
    expect(linkTokenOf({ hash: '#token=abc_DEF-123', search: '' })).toBe('abc_DEF-123');
  });

  it('decodes what the mail encoded', () => {
    expect(linkTokenOf({ hash: '#token=a%2Bb', search: '' })).toBe('a+b');
  });

  it('accepts the query of older mails', () => {
    expect(linkTokenOf({ hash: '', search: '?token=old' })).toBe('old');
  });

  it('prefers the fragment', () => {
    expect(linkTokenOf({ hash: '#token=new', search: '?token=old' })).toBe('new');
  });

  it('is undefined without a token', () => {
    expect(linkTokenOf({ hash: '', search: '' })).toBeUndefined();
    expect(linkTokenOf({ hash: '#token=', search: '?other=1' })).toBeUndefined();
  });
});
