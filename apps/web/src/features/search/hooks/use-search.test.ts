import { describe, expect, it } from 'vitest';
import { continuesTyping } from './use-search';

describe('which earlier answer may stand in while the next loads', () => {
  it.each([
    ['typing on', 'wa 12', 'wa 123'],
    ['deleting back', 'wa 123', 'wa 12'],
    ['in another case', 'WA 12', 'wa 123'],
  ])('keeps it when %s', (_name, previous, next) => {
    expect(continuesTyping(previous, next)).toBe(true);
  });

  it.each([
    ['a new query after a clear', 'kowalski', 'wa 12'],
    ['an empty query', 'wa', ''],
    ['no earlier query', '', 'wa'],
  ])('drops it for %s', (_name, previous, next) => {
    expect(continuesTyping(previous, next)).toBe(false);
  });
});
