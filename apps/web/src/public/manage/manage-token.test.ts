import { afterEach, describe, expect, it } from 'vitest';
import { forgetManageToken, takeManageToken, tokenOf } from './manage-token';

const TOKEN = `${'A'.repeat(64)}.${'b'.repeat(22)}`;

describe('the manage token', () => {
  afterEach(() => forgetManageToken());

  it('is read from #token=… and from the bare fragment of older mails', () => {
    expect(tokenOf(`#token=${TOKEN}`)).toBe(TOKEN);
    expect(tokenOf(`#${TOKEN}`)).toBe(TOKEN);
    expect(tokenOf('#token=')).toBeNull();
    expect(tokenOf('#token=<script>')).toBeNull();
    expect(tokenOf('')).toBeNull();
  });

  it('leaves the address bar at once and stays in memory only', () => {
    window.history.replaceState(null, '', `/booking?lang=pl#token=${TOKEN}`);
    expect(takeManageToken()).toBe(TOKEN);
    expect(window.location.hash).toBe('');
    expect(window.location.href).not.toContain(TOKEN);
    expect(window.location.search).toBe('?lang=pl');
    // Read again (a re-render): the same token, though the address no longer has it.
    expect(takeManageToken()).toBe(TOKEN);
  });
});
