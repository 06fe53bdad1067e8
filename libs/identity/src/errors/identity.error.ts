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
