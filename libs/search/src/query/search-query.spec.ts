import { parseSearchQuery } from './search-query';

describe('parseSearchQuery', () => {
  it('answers null for a blank query or one with no letters or digits', () => {
    for (const blank of ['', '   ', '--- ...', '%_*', '"()"']) expect(parseSearchQuery(blank)).toBeNull();
  });

  it('splits words on anything but letters and digits, lower-cased, query syntax included', () => {
    expect(parseSearchQuery('  Golf   2014 kowalski ')?.tokens).toEqual(['golf', '2014', 'kowalski']);
    expect(parseSearchQuery('name:Kowalski AND (x*)~2')?.tokens).toEqual(['name', 'kowalski', 'and', 'x', '2']);
    expect(parseSearchQuery('Łukasz Søren')?.tokens).toEqual(['łukasz', 'søren']);
  });

  it('reads one plate from every way it is typed', () => {
    for (const plate of ['wa-12345', 'WA 12345', 'wa12345', ' Wa 123-45 ']) {
      expect(parseSearchQuery(plate)?.plateKey).toBe('WA12345');
    }
    expect(parseSearchQuery('WA 12')?.plateKey).toBe('WA12');
    // Too long, or too many words, to be a plate.
    expect(parseSearchQuery('golf 2014 kowalski')?.plateKey).toBe('');
    expect(parseSearchQuery('a b c d')?.plateKey).toBe('');
  });

  it('reads phone digits without the international or trunk prefix', () => {
    expect(parseSearchQuery('+48 601 234 567')?.phoneDigits).toBe('48601234567');
    expect(parseSearchQuery('0048 601-234-567')?.phoneDigits).toBe('48601234567');
    expect(parseSearchQuery('(601) 234.567')?.phoneDigits).toBe('601234567');
    expect(parseSearchQuery('07700 900123')?.phoneDigits).toBe('7700900123');
    expect(parseSearchQuery('1234')?.phoneDigits).toBe('');
    expect(parseSearchQuery('WA 12345')?.phoneDigits).toBe('');
  });

  it('recognises a full VIN in any case and spacing, and a six-character VIN tail', () => {
    const vin = 'WVWZZZ1JZXW000001';
    expect(parseSearchQuery(vin.toLowerCase())?.vin).toBe(vin);
    expect(parseSearchQuery('WVW ZZZ1JZ XW000001')?.vin).toBe(vin);
    // A North American VIN with a wrong check digit is still looked up (the index decides).
    expect(parseSearchQuery('1M8GDM9A1KP042788')?.vin).toBe('1M8GDM9A1KP042788');
    expect(parseSearchQuery('W0000001OOOOOOOOO')?.vin).toBeNull();
    expect(parseSearchQuery('042788')?.vinTail).toBe('042788');
    expect(parseSearchQuery('xw0001')?.vinTail).toBe('XW0001');
    // Six letters are a word, not a VIN tail; I, O and Q never appear in a VIN.
    expect(parseSearchQuery('kowals')?.vinTail).toBeNull();
    expect(parseSearchQuery('O12345')?.vinTail).toBeNull();
  });

  it('keeps at most twelve words, so a pasted paragraph stays cheap', () => {
    expect(parseSearchQuery(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' '))?.tokens).toHaveLength(12);
  });
});
