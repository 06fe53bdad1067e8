import { readCookie } from './cookie-header';

describe('reading one cookie from the Cookie header', () => {
  it.each<[string, string | string[] | undefined, string | undefined]>([
    ['the only cookie', 'pitlane_refresh=abc_DEF-123', 'abc_DEF-123'],
    ['among others, spaces around', 'theme=dark;  pitlane_refresh=abc ; lang=pl', 'abc'],
    ['without the space after ";"', 'a=1;pitlane_refresh=abc;b=2', 'abc'],
    ['quoted', 'pitlane_refresh="abc"', 'abc'],
    ['split over two header lines', ['a=1', 'pitlane_refresh=abc'], 'abc'],
    ['no header', undefined, undefined],
    ['an empty header', '', undefined],
    ['absent', 'theme=dark; lang=pl', undefined],
    ['a longer name that ends in it', 'xpitlane_refresh=abc', undefined],
    ['a name that starts with it', 'pitlane_refresh_old=abc', undefined],
    ['an empty value (a cleared cookie)', 'pitlane_refresh=', undefined],
    ['a pair without "="', 'pitlane_refresh', undefined],
    ['sent twice, however equal (cookie tossing)', 'pitlane_refresh=abc; pitlane_refresh=abc', undefined],
    ['sent twice, one empty', 'pitlane_refresh=; pitlane_refresh=abc', undefined],
    ['with a space inside', 'pitlane_refresh=ab c', undefined],
    ['with a backslash', 'pitlane_refresh=ab\\c', undefined],
    ['with a comma', 'pitlane_refresh=ab,c', undefined],
    ['with non-ASCII', 'pitlane_refresh=abł', undefined],
    ['with a control character', 'pitlane_refresh=ab\u0000c', undefined],
  ])('%s', (_rule, header, value) => {
    expect(readCookie(header, 'pitlane_refresh')).toBe(value);
  });
});
