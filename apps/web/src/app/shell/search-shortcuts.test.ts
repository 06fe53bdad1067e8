import { describe, expect, it } from 'vitest';
import { isSearchShortcut } from './search-shortcuts';

const press = (key: string, extra: Partial<KeyboardEvent> = {}, target: EventTarget | null = document.body) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  target,
  ...extra,
});

describe('the search palette shortcuts', () => {
  it.each([
    ['Ctrl+K', press('k', { ctrlKey: true })],
    ['⌘+K on a Mac', press('k', { metaKey: true })],
    ['Ctrl+K with caps (K)', press('K', { ctrlKey: true })],
    ['/ outside a field', press('/')],
    ['Ctrl+K while typing in a field', press('k', { ctrlKey: true }, document.createElement('input'))],
  ])('open on %s', (_name, event) => {
    expect(isSearchShortcut(event)).toBe(true);
  });

  it.each([
    ['a plain k', press('k')],
    ['/ while typing in a field', press('/', {}, document.createElement('input'))],
    ['/ in a text area', press('/', {}, document.createElement('textarea'))],
    ['Alt+K', press('k', { altKey: true, ctrlKey: true })],
  ])('leave %s alone', (_name, event) => {
    expect(isSearchShortcut(event)).toBe(false);
  });
});
