import { useState, type ReactNode } from 'react';
import { MfaSetupStep } from './mfa-setup-step';
import { RecoveryCodesStep } from './recovery-codes-step';

/**
 * Turning on two-step verification, whole: scan (or type) the secret, confirm with a first
 * code, then the recovery codes, shown this once, kept until the person says they saved them.
 * Exported for any page that turns it on; `/enrol-2fa` is the page settings link to.
 */
export function MfaEnrolment({
  required = false,
  onDone,
  secondaryAction,
}: {
  /** The workshop requires it and the person has not turned it on: the page says so. */
  readonly required?: boolean;
  readonly onDone: () => Promise<void> | void;
  /** Below the first step: "not now", or signing out when it is required. */
  readonly secondaryAction?: ReactNode;
}) {
  const [recoveryCodes, setRecoveryCodes] = useState<readonly string[] | undefined>(undefined);
  if (recoveryCodes) return <RecoveryCodesStep codes={recoveryCodes} onDone={onDone} />;
  return <MfaSetupStep required={required} onEnabled={setRecoveryCodes} secondaryAction={secondaryAction} />;
}
