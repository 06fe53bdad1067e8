/**
 * What an operator did, as the audit log names it. Sign-in events are written by the operator
 * sign-in itself; the account events by the CLI; the workshop events by the operator API.
 */
export const OPERATOR_AUDIT_ACTIONS = [
  'login',
  'login.failed',
  'logout',
  'operator.created',
  'operator.disabled',
  'operator.enabled',
  'operator.totp_reset',
  'operator.password_changed',
  'tenant.suspended',
  'tenant.reactivated',
  'tenant.verification_resent',
] as const;
export type OperatorAuditAction = (typeof OPERATOR_AUDIT_ACTIONS)[number];

/** Which check a refused sign-in failed: for whoever reads the log, never for the caller. */
export const OPERATOR_LOGIN_FAILURES = ['unknown_account', 'password', 'totp', 'totp_replayed', 'disabled'] as const;
export type OperatorLoginFailure = (typeof OPERATOR_LOGIN_FAILURES)[number];
