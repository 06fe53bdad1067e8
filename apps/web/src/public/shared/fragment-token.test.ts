import { afterEach, describe, expect, it } from 'vitest';
import { FragmentToken, tokenOf } from './fragment-token';

const TOKEN = `${'A'.repeat(64)}.${'b'.repeat(22)}`;

describe('a mailed link’s fragment token', () => {
  const link = new FragmentToken();
  afterEach(() => link.forget());

  it('is read from #token=… and from a bare fragment', () => {
    expect(tokenOf(`#token=${TOKEN}`)).toBe(TOKEN);
    expect(tokenOf(`#${TOKEN}`)).toBe(TOKEN);
    expect(tokenOf(`#${encodeURIComponent(TOKEN)}`)).toBe(TOKEN);
    expect(tokenOf('#token=')).toBeNull();
    expect(tokenOf('#token=<script>')).toBeNull();
    expect(tokenOf('')).toBeNull();
  });

  it('leaves the address bar at once and stays in memory only', () => {
    window.history.replaceState(null, '', `/booking?lang=pl#token=${TOKEN}`);
    expect(link.take()).toBe(TOKEN);
    expect(window.location.hash).toBe('');
    expect(window.location.href).not.toContain(TOKEN);
    expect(window.location.search).toBe('?lang=pl');
    // Read again (a re-render): the same token, though the address no longer has it.
    expect(link.take()).toBe(TOKEN);
  });

  it('follows a newer link opened in the same tab, and keeps the one read when the fragment has none', () => {
    window.history.replaceState(null, '', `/estimate#${TOKEN}`);
    expect(link.take()).toBe(TOKEN);
    const newer = `${'C'.repeat(64)}.${'d'.repeat(22)}`;
    window.history.replaceState(null, '', `/estimate#${newer}`);
    expect(link.takeNewer()).toBe(newer);
    expect(window.location.hash).toBe('');
    expect(link.takeNewer()).toBeNull();
    expect(link.take()).toBe(newer);
  });

  it.each([
    ['no fragment', '/estimate'],
    ['an empty fragment', '/estimate#'],
    ['markup instead of a token', '/estimate#%3Cscript%3E'],
  ])('is absent for %s (the page says the link is not valid)', (_case, address) => {
    window.history.replaceState(null, '', address);
    expect(link.take()).toBeNull();
  });
});
