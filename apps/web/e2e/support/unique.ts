import { randomBytes } from 'node:crypto';

/**
 * A short id no other test of this run (or an earlier run on a kept database) has: time in base
 * 36, then random hex, so two workers starting in the same millisecond still differ.
 */
export function uniqueId(): string {
  return `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
}

/** An address of the reserved `.test` domain: the SMTP sink keeps it, nothing real receives it. */
export function uniqueEmail(who: string): string {
  return `${who}-${uniqueId()}@e2e.pitlane.test`;
}

/** Long enough and uncommon enough for the password policy (12+ characters, not a known one). */
export function uniquePassword(): string {
  return `Wrench-${randomBytes(6).toString('hex')}-lift`;
}
