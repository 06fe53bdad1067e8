import { codedDomainError, ErrorKind, FieldProblem } from '@pitlane/core';

export enum IdentityErrorCode {
  InvalidCredentials = 'invalid_credentials',
  InvalidToken = 'invalid_token',
  SessionEnded = 'session_ended',
  RefreshTokenReused = 'refresh_token_reused',
  WorkshopSuspended = 'workshop_suspended',
  EmailTaken = 'email_taken',
  WeakPassword = 'weak_password',
  RoleForbidden = 'role_forbidden',
  StaffNotFound = 'staff_not_found',
  LastOwner = 'last_owner',
  InvalidLink = 'invalid_link',
  InvalidResetCode = 'invalid_reset_code',
  EmailAlreadyVerified = 'already_verified',
  InvalidInvitation = 'invalid_invitation',
  InvitationNotFound = 'invitation_not_found',
  InvitationClosed = 'invitation_closed',
  AlreadyMember = 'already_member',
  MfaRequired = 'mfa_required',
  MfaAlreadyEnabled = 'mfa_already_enabled',
  MfaNotEnabled = 'mfa_not_enabled',
  MfaSetupMissing = 'mfa_setup_missing',
  InvalidMfaCode = 'invalid_mfa_code',
  MfaLoginFailed = 'mfa_login_failed',
  WorkshopNotFound = 'workshop_not_found',
  SessionNotFound = 'session_not_found',
}

const KIND: Readonly<Record<IdentityErrorCode, ErrorKind>> = {
  [IdentityErrorCode.InvalidCredentials]: 'unauthenticated',
  [IdentityErrorCode.InvalidToken]: 'unauthenticated',
  [IdentityErrorCode.SessionEnded]: 'unauthenticated',
  [IdentityErrorCode.RefreshTokenReused]: 'unauthenticated',
  [IdentityErrorCode.WorkshopSuspended]: 'forbidden',
  [IdentityErrorCode.EmailTaken]: 'conflict',
  [IdentityErrorCode.WeakPassword]: 'invalid',
  [IdentityErrorCode.RoleForbidden]: 'forbidden',
  [IdentityErrorCode.StaffNotFound]: 'not_found',
  [IdentityErrorCode.LastOwner]: 'conflict',
  [IdentityErrorCode.InvalidLink]: 'invalid',
  [IdentityErrorCode.InvalidResetCode]: 'invalid',
  [IdentityErrorCode.EmailAlreadyVerified]: 'conflict',
  [IdentityErrorCode.InvalidInvitation]: 'invalid',
  [IdentityErrorCode.InvitationNotFound]: 'not_found',
  [IdentityErrorCode.InvitationClosed]: 'conflict',
  [IdentityErrorCode.AlreadyMember]: 'conflict',
  [IdentityErrorCode.MfaRequired]: 'forbidden',
  [IdentityErrorCode.MfaAlreadyEnabled]: 'conflict',
  [IdentityErrorCode.MfaNotEnabled]: 'conflict',
  [IdentityErrorCode.MfaSetupMissing]: 'conflict',
  [IdentityErrorCode.InvalidMfaCode]: 'invalid',
  [IdentityErrorCode.MfaLoginFailed]: 'unauthenticated',
  [IdentityErrorCode.WorkshopNotFound]: 'not_found',
  [IdentityErrorCode.SessionNotFound]: 'not_found',
};

/**
 * Why a token cannot be used (any more): the `reason` member of the 401 and 403 problems of the
 * auth guard and of refresh, so the web app can say "signed out after inactivity" rather than
 * show a bare 401 (docs/errors.md). A reason is only ever told to whoever holds a genuine token
 * of that session; a token that is malformed, forged or unknown gets `session_unknown` (or, for
 * an access token, `access_token_invalid`), whatever workshop or session it names.
 */
export const SESSION_END_REASONS = [
  'access_token_invalid',
  'session_unknown',
  'session_idle',
  'session_expired',
  'session_revoked',
  'workshop_suspended',
] as const;
export type SessionEndReason = (typeof SESSION_END_REASONS)[number];

/** The codes whose reason is always the same; `session_ended` says its own. */
const IMPLIED_REASON: Partial<Readonly<Record<IdentityErrorCode, SessionEndReason>>> = {
  [IdentityErrorCode.InvalidToken]: 'access_token_invalid',
  [IdentityErrorCode.RefreshTokenReused]: 'session_revoked',
  [IdentityErrorCode.WorkshopSuspended]: 'workshop_suspended',
};

/** Every expected failure of signup, login, sessions and staff management. */
export class IdentityError extends codedDomainError(KIND) {
  constructor(
    code: IdentityErrorCode,
    detail: string,
    fieldProblems?: readonly FieldProblem[],
    /** Its only extension: a session's end names its reason (`reason` of the problem body). */
    reason: SessionEndReason | undefined = IMPLIED_REASON[code],
  ) {
    super(code, detail, fieldProblems, reason ? { reason } : undefined);
  }
}

/** The reasons a `session_ended` problem gives; the others belong to codes of their own. */
export type SessionEndedReason = Extract<
  SessionEndReason,
  'session_unknown' | 'session_idle' | 'session_expired' | 'session_revoked'
>;

/** What the person reads for each. */
const SESSION_ENDED_DETAIL: Readonly<Record<SessionEndedReason, string>> = {
  session_unknown: 'The session has ended. Log in again.',
  session_idle: 'The session ended after a period of inactivity. Log in again.',
  session_expired: 'The session reached its maximum length. Log in again.',
  session_revoked: 'The session was ended: logged out, password changed, or ended from another device. Log in again.',
};

/** A session that is over (or never was), saying why. */
export function sessionEnded(reason: SessionEndedReason): IdentityError {
  return new IdentityError(IdentityErrorCode.SessionEnded, SESSION_ENDED_DETAIL[reason], undefined, reason);
}

/** The one answer for a suspended workshop: at login, at refresh and on every request. */
export function workshopSuspended(): IdentityError {
  return new IdentityError(IdentityErrorCode.WorkshopSuspended, 'This workshop is suspended.');
}
