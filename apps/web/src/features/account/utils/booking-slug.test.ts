import { describe, expect, it } from 'vitest';
import { bookingAddress, bookingSlug } from './booking-slug';

describe('bookingSlug (mirrors the API)', () => {
  it.each([
    ['Kowalski Auto-Serwis Łódź', 'kowalski-auto-serwis-lodz'],
    ['Bilværksted Ærø Ø', 'bilvaerksted-aero-o'],
    ['Straße & Söhne', 'strasse-sohne'],
    ['  --Żółć--  ', 'zolc'],
    ['Warsztat nr 1 / Śródmieście', 'warsztat-nr-1-srodmiescie'],
  ])('%s -> %s', (name, slug) => {
    expect(bookingSlug(name)).toBe(slug);
  });

  it('falls back to "workshop" when nothing of the name is left', () => {
    expect(bookingSlug('')).toBe('workshop');
    expect(bookingSlug('!!! ???')).toBe('workshop');
    expect(bookingSlug('日本の整備工場')).toBe('workshop');
  });

  it('never answers a reserved path', () => {
    expect(bookingSlug('API')).toBe('api-workshop');
    expect(bookingSlug('Admin')).toBe('admin-workshop');
    expect(bookingSlug('Admin Garage')).toBe('admin-garage');
  });

  it('keeps at most 50 characters and no trailing dash', () => {
    const slug = bookingSlug(`${'a'.repeat(49)} b c`);
    expect(slug).toBe('a'.repeat(49));
    expect(bookingSlug('x'.repeat(80))).toHaveLength(50);
  });

  it('builds the booking address on the origin', () => {
    expect(bookingAddress('https://pitlane.example', 'kowalski')).toBe('https://pitlane.example/book/kowalski');
  });
});
