import { defaultsForCountry, slugify } from './workshop-defaults';

describe('slugify', () => {
  it('turns a Polish workshop name into a plain ASCII slug', () => {
    expect(slugify('Kowalski Auto-Serwis Łódź')).toBe('kowalski-auto-serwis-lodz');
  });

  it('spells out Danish letters instead of dropping them', () => {
    const slug = slugify("Søren's Bilværksted");

    expect(slug).toContain('soren');
    expect(slug).toContain('bilvaerksted');
    expect(slug).toMatch(/^[a-z0-9-]+$/);
  });

  it('spells out German letters', () => {
    expect(slugify('Große Straße Garage')).toBe('grosse-strasse-garage');
    expect(slugify('Müller & Söhne KFZ')).toBe('muller-sohne-kfz');
  });

  it('only ever uses lower-case letters, digits and single dashes between them', () => {
    for (const name of ['  A--B  ', 'Auto   Serwis!!! 24/7', '--Garage--', 'ÆØÅ æøå', 'Car & Co. (Ltd.)']) {
      const slug = slugify(name);
      expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it('falls back to "workshop" when a name has nothing to keep', () => {
    expect(slugify('!!! ??? ...')).toBe('workshop');
    expect(slugify('')).toBe('workshop');
    expect(slugify('汽车修理')).toBe('workshop');
  });

  it('does not hand out a reserved address: "api" becomes "api-workshop"', () => {
    expect(slugify('api')).toBe('api-workshop');
    expect(slugify('  API  ')).toBe('api-workshop');
    expect(slugify('Admin')).toBe('admin-workshop');
  });

  it('keeps names that merely contain a reserved word', () => {
    expect(slugify('API Motors')).toBe('api-motors');
  });

  it('cuts long names to at most 50 characters, never ending in a dash', () => {
    const long = 'Warsztat Samochodowy Kowalski i Synowie Spółka z Ograniczoną Odpowiedzialnością';
    const slug = slugify(long);

    expect(slug.length).toBeLessThanOrEqual(50);
    expect(slug).not.toMatch(/-$/);
    expect(slug.startsWith('warsztat-samochodowy-kowalski')).toBe(true);
  });

  it('drops the dash left when the cut falls right after a word', () => {
    // 49 letters, then a space: the 50th character would be a dash
    const slug = slugify(`${'a'.repeat(49)} bcd`);

    expect(slug).toBe('a'.repeat(49));
  });

  it('keeps a name of exactly 50 characters whole', () => {
    expect(slugify('b'.repeat(50))).toBe('b'.repeat(50));
  });
});

describe('defaultsForCountry', () => {
  it('gives a Polish workshop złoty and Polish', () => {
    expect(defaultsForCountry('PL')).toEqual({ currency: 'PLN', locale: 'pl' });
  });

  it('gives a Danish workshop kroner and Danish', () => {
    expect(defaultsForCountry('DK')).toEqual({ currency: 'DKK', locale: 'da' });
  });

  it('gives a German workshop euro and English', () => {
    expect(defaultsForCountry('DE')).toEqual({ currency: 'EUR', locale: 'en' });
  });

  it('gives a Swedish workshop its national currency and English', () => {
    expect(defaultsForCountry('SE')).toEqual({ currency: 'SEK', locale: 'en' });
  });

  it('gives Greenland and the Faroe Islands Danish defaults', () => {
    expect(defaultsForCountry('GL')).toEqual({ currency: 'DKK', locale: 'da' });
    expect(defaultsForCountry('FO')).toEqual({ currency: 'DKK', locale: 'da' });
  });

  it('falls back to euro and English for a country it has no entry for', () => {
    expect(defaultsForCountry('XX')).toEqual({ currency: 'EUR', locale: 'en' });
  });
});
