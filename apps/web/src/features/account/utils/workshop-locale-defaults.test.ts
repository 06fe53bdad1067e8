import { describe, expect, it } from 'vitest';
import { countryChoices, guessCountry, timeZoneChoices } from './workshop-locale-defaults';

describe('guessCountry', () => {
  it('takes the country of a time zone that names one', () => {
    expect(guessCountry('Europe/Warsaw', ['en-US'], 'en')).toBe('PL');
    expect(guessCountry('Europe/Copenhagen', [], 'en')).toBe('DK');
  });

  it("falls back to the browser language's region, then the page's language", () => {
    expect(guessCountry('America/Chicago', ['en-US', 'pl-PL'], 'en')).toBe('US');
    expect(guessCountry('UTC', ['da'], 'da')).toBe('DK');
    expect(guessCountry('UTC', [], 'pl')).toBe('PL');
  });
});

describe('choices', () => {
  it('always offers the current time zone and UTC', () => {
    const zones = timeZoneChoices('Mars/Olympus_Mons');
    expect(zones).toContain('Mars/Olympus_Mons');
    expect(zones).toContain('UTC');
  });

  it('names countries in the page language', () => {
    expect(countryChoices('pl').find((country) => country.code === 'DK')?.name).toBe('Dania');
    expect(countryChoices('da').find((country) => country.code === 'PL')?.name).toBe('Polen');
  });
});
