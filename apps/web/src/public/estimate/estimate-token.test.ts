import { afterEach, describe, expect, it } from 'vitest';
import { forgetEstimateToken, takeEstimateToken, takeNewerEstimateToken } from './estimate-token';

const TOKEN = `${'A'.repeat(64)}.${'b'.repeat(22)}`;

describe('the estimate token', () => {
  afterEach(() => forgetEstimateToken());

  it('is read from the mailed link’s fragment, then leaves the address bar and stays in memory only', () => {
    window.history.replaceState(null, '', `/estimate?lang=da#${encodeURIComponent(TOKEN)}`);
    expect(takeEstimateToken()).toBe(TOKEN);
    expect(window.location.hash).toBe('');
    expect(window.location.href).not.toContain(TOKEN);
    expect(window.location.search).toBe('?lang=da');
    expect(takeEstimateToken()).toBe(TOKEN);
  });

  it('follows a newer link opened in the same tab, and keeps the one read when the fragment has none', () => {
    window.history.replaceState(null, '', `/estimate#${TOKEN}`);
    expect(takeEstimateToken()).toBe(TOKEN);
    const newer = `${'C'.repeat(64)}.${'d'.repeat(22)}`;
    window.history.replaceState(null, '', `/estimate#${newer}`);
    expect(takeNewerEstimateToken()).toBe(newer);
    expect(window.location.hash).toBe('');
    expect(takeNewerEstimateToken()).toBeNull();
    expect(takeEstimateToken()).toBe(newer);
  });

  it.each([
    ['no fragment', '/estimate'],
    ['an empty fragment', '/estimate#'],
    ['markup instead of a token', '/estimate#%3Cscript%3E'],
  ])('is absent for %s (the page says the link is not valid)', (_case, address) => {
    window.history.replaceState(null, '', address);
    expect(takeEstimateToken()).toBeNull();
  });
});
