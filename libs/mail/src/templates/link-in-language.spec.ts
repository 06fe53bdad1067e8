import { linkInLanguage } from './link-in-language';

describe('linkInLanguage', () => {
  it('puts the language in the query and leaves the fragment (the token) as it was', () => {
    const token = 'eyJ0.aGVsbG8-_w';
    expect(linkInLanguage(`https://app.example/booking#token=${token}`, 'pl')).toBe(
      `https://app.example/booking?lang=pl#token=${token}`,
    );
    expect(linkInLanguage(`https://app.example/estimate#${token}`, 'da')).toBe(
      `https://app.example/estimate?lang=da#${token}`,
    );
  });

  it('replaces a language already there rather than adding a second', () => {
    expect(linkInLanguage('https://app.example/estimate?lang=en#t', 'pl')).toBe(
      'https://app.example/estimate?lang=pl#t',
    );
  });
});
