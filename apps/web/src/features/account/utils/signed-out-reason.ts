import type { SignedOutReason } from '@/lib/session/session-store';

/** The banner of the sign-in page for each way a session can end: its sentence and its tone. */
export interface SignedOutNotice {
  /** A key of the account namespace. */
  readonly messageKey: `signedOut.${SignedOutReason}`;
  readonly tone: 'info' | 'warning';
}

const WARNINGS: ReadonlySet<SignedOutReason> = new Set(['revoked', 'suspended']);

/** Undefined when the sign-in page was opened directly: no banner then. */
export function signedOutNotice(reason: SignedOutReason | undefined): SignedOutNotice | undefined {
  if (!reason) return undefined;
  return { messageKey: `signedOut.${reason}`, tone: WARNINGS.has(reason) ? 'warning' : 'info' };
}
