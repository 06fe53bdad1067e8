import { describe, expect, it } from 'vitest';
import { waitInWords } from './wait-in-words';

describe('waitInWords', () => {
  it('says seconds under a minute', () => {
    expect(waitInWords(1, 'en')).toBe('in 1 second');
    expect(waitInWords(42, 'en')).toBe('in 42 seconds');
  });

  it('rounds up to minutes and hours', () => {
    expect(waitInWords(61, 'en')).toBe('in 2 minutes');
    expect(waitInWords(900, 'en')).toBe('in 15 minutes');
    expect(waitInWords(3601, 'en')).toBe('in 2 hours');
  });

  it('never says zero', () => {
    expect(waitInWords(0, 'en')).toBe('in 1 second');
  });

  it('speaks Polish and Danish', () => {
    expect(waitInWords(300, 'pl')).toBe('za 5 minut');
    expect(waitInWords(300, 'da')).toBe('om 5 minutter');
  });
});
