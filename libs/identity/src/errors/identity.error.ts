import { DomainError, ErrorKind } from '@pitlane/core';

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
};

/** Every expected failure of signup, login, sessions and staff management. */
export class IdentityError extends DomainError {
  readonly kind: ErrorKind;

  constructor(
    readonly code: IdentityErrorCode,
    detail: string,
    fieldProblems?: ConstructorParameters<typeof DomainError>[1],
  ) {
    super(detail, fieldProblems);
    this.kind = KIND[code];
  }
}
