import { describe, expect, it } from 'vitest';
import en from '../locales/en.json';
import da from '../locales/da.json';
import pl from '../locales/pl.json';
import { signedOutNotice } from './signed-out-reason';

const REASONS = ['idle', 'expired', 'revoked', 'suspended', 'logout', 'unknown'] as const;

describe('signedOutNotice', () => {
  it('shows no banner without a reason', () => {
    expect(signedOutNotice(undefined)).toBeUndefined();
  });

  it.each(REASONS)('gives "%s" its own sentence in every language', (reason) => {
    const notice = signedOutNotice(reason);
    expect(notice?.messageKey).toBe(`signedOut.${reason}`);
    const sentences = [en, pl, da].map((messages) => messages.signedOut[reason]);
    for (const sentence of sentences) expect(sentence).toMatch(/\S/);
    expect(new Set(sentences).size).toBe(3);
  });

  it('says the sentences in English as a person would', () => {
    expect(en.signedOut.idle).toMatch(/inactivity/);
    expect(en.signedOut.expired).toMatch(/maximum session length/);
    expect(en.signedOut.revoked).toMatch(/session was ended/);
    expect(en.signedOut.suspended).toMatch(/suspended/);
    expect(en.signedOut.logout).toMatch(/signed out/);
  });

  it('warns for an ended session and a suspended workshop, informs otherwise', () => {
    expect(signedOutNotice('revoked')?.tone).toBe('warning');
    expect(signedOutNotice('suspended')?.tone).toBe('warning');
    expect(signedOutNotice('idle')?.tone).toBe('info');
    expect(signedOutNotice('logout')?.tone).toBe('info');
  });
});
