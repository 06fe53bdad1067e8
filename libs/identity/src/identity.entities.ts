import { EmailChangeRequest } from './email-change/email-change-request.entity';
import { EmailVerificationToken } from './email-verification/email-verification-token.entity';
import { Invitation } from './invitations/invitation.entity';
import { Membership } from './memberships/membership.entity';
import { MfaChallenge } from './mfa/mfa-challenge.entity';
import { RecoveryCode } from './mfa/recovery-code.entity';
import { UserMfa } from './mfa/user-mfa.entity';
import { PasswordResetCode } from './password-reset/password-reset-code.entity';
import { RefreshToken } from './sessions/refresh-token.entity';
import { Session } from './sessions/session.entity';
import { Tenant } from './tenants/tenant.entity';
import { User } from './users/user.entity';

/** The entities the identity context maps; the apps hand them to the data source. */
export const IDENTITY_ENTITIES = [
  Tenant,
  User,
  Membership,
  Session,
  RefreshToken,
  EmailVerificationToken,
  PasswordResetCode,
  EmailChangeRequest,
  Invitation,
  UserMfa,
  RecoveryCode,
  MfaChallenge,
];
