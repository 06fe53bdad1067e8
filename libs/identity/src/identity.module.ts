import { Module } from '@nestjs/common';
import { DetachedTasks } from '@pitlane/core';
import { AccountService } from './account/account.service';
import { MeViewRepository } from './account/me-view.repository';
import { AuthGuard } from './auth/auth.guard';
import { LoginService } from './auth/login.service';
import { WorkshopSwitchService } from './auth/workshop-switch.service';
import { SignupService } from './auth/signup.service';
import { EmailChangeConfirmationService } from './email-change/email-change-confirmation.service';
import { EmailChangeRequestService } from './email-change/email-change-request.service';
import { EmailVerificationService } from './email-verification/email-verification.service';
import { InvitationAcceptanceService } from './invitations/invitation-acceptance.service';
import { InvitationMailer } from './invitations/invitation-mailer';
import { InvitationsService } from './invitations/invitations.service';
import { InviteeAccounts } from './invitations/invitee-accounts';
import { AccountLinks } from './links/account-links';
import { MfaChallenges } from './mfa/mfa-challenges';
import { MfaEnrolmentService } from './mfa/mfa-enrolment.service';
import { MfaLoginService } from './mfa/mfa-login.service';
import { MfaMail } from './mfa/mfa-mail';
import { MfaSecretCipher } from './mfa/mfa-secret-cipher';
import { MfaSecretRotation } from './mfa/mfa-secret-rotation';
import { RecoveryCodes } from './mfa/recovery-codes';
import { SecondFactor } from './mfa/second-factor';
import { Totp } from './mfa/totp';
import { OperatorAccessTokenService } from './operators/operator-access-token.service';
import { OperatorAccounts } from './operators/operator-accounts.service';
import { OperatorAudit } from './operators/operator-audit';
import { OperatorAuditRepository } from './operators/operator-audit.repository';
import { OperatorGuard } from './operators/operator.guard';
import { OperatorLoginService } from './operators/operator-login.service';
import { OperatorRepository } from './operators/operator.repository';
import { OperatorSessionRepository } from './operators/operator-session.repository';
import { OperatorSessionsService } from './operators/operator-sessions.service';
import { OperatorTotpSecrets } from './operators/operator-totp-secrets';
import { OwnerVerificationResend } from './operators/owner-verification-resend.service';
import { PasswordHasher } from './passwords/password-hasher';
import { PasswordPolicy } from './passwords/password-policy';
import { PasswordResetCodes } from './password-reset/password-reset-codes';
import { PasswordResetMailer } from './password-reset/password-reset-mailer';
import { PasswordResetRequestService } from './password-reset/password-reset-request.service';
import { PasswordResetService } from './password-reset/password-reset.service';
import { ResetCodeHasher } from './password-reset/reset-code-hasher';
import { MySessionsService } from './sessions/my-sessions.service';
import { SessionCache } from './sessions/session-cache';
import { SessionRevocation } from './sessions/session-revocation.service';
import { SessionTouches } from './sessions/session-touches';
import { SessionsService } from './sessions/sessions.service';
import { StaffService } from './staff/staff.service';
import { IdentitySystemRepository } from './system/identity-system.repository';
import { MasterKeyRotation } from './tenants/master-key-rotation';
import { SecuritySettingsService } from './tenants/security-settings.service';
import { WorkshopProfileService } from './tenants/workshop-profile.service';
import { AccessTokenService } from './tokens/access-token.service';
import { InvitationRepository } from './invitations/invitation.repository';
import { MembershipRepository } from './memberships/membership.repository';
import { SessionRepository } from './sessions/session.repository';
import { WorkshopRepository } from './tenants/workshop.repository';
import { UserRepository } from './users/user.repository';
import { AccountTransactions } from './system/account-transactions';
import { EmailChangeRequestRepository } from './email-change/email-change-request.repository';
import { EmailVerificationTokenRepository } from './email-verification/email-verification-token.repository';
import { MfaChallengeRepository } from './mfa/mfa-challenge.repository';
import { UserMfaRepository } from './mfa/user-mfa.repository';
import { PasswordResetCodeRepository } from './password-reset/password-reset-code.repository';

/**
 * Workshops, people, memberships and sessions; and platform operators, who are none of these. Needs the core Config, Database, Audit and
 * Crypto modules, and MailModule (with QueueModule) for the account mails.
 */
@Module({
  providers: [
    AccessTokenService,
    AccountLinks,
    AccountTransactions,
    AccountService,
    AuthGuard,
    DetachedTasks,
    EmailChangeConfirmationService,
    EmailChangeRequestRepository,
    EmailChangeRequestService,
    EmailVerificationService,
    EmailVerificationTokenRepository,
    IdentitySystemRepository,
    InvitationAcceptanceService,
    InvitationMailer,
    InvitationRepository,
    InvitationsService,
    InviteeAccounts,
    LoginService,
    MasterKeyRotation,
    MeViewRepository,
    MembershipRepository,
    MfaChallengeRepository,
    MfaChallenges,
    MfaEnrolmentService,
    MfaLoginService,
    MfaMail,
    MfaSecretCipher,
    MfaSecretRotation,
    MySessionsService,
    OperatorAccessTokenService,
    OperatorAccounts,
    OperatorAudit,
    OperatorAuditRepository,
    OperatorGuard,
    OperatorLoginService,
    OperatorRepository,
    OperatorSessionRepository,
    OperatorSessionsService,
    OperatorTotpSecrets,
    OwnerVerificationResend,
    PasswordHasher,
    PasswordPolicy,
    PasswordResetCodeRepository,
    PasswordResetCodes,
    PasswordResetMailer,
    PasswordResetRequestService,
    PasswordResetService,
    RecoveryCodes,
    ResetCodeHasher,
    SecondFactor,
    SecuritySettingsService,
    SessionCache,
    SessionRepository,
    SessionRevocation,
    SessionsService,
    SessionTouches,
    SignupService,
    StaffService,
    Totp,
    UserMfaRepository,
    UserRepository,
    WorkshopProfileService,
    WorkshopRepository,
    WorkshopSwitchService,
  ],
  exports: [
    AccessTokenService,
    AccountService,
    AuthGuard,
    EmailChangeConfirmationService,
    EmailChangeRequestService,
    EmailVerificationService,
    InvitationAcceptanceService,
    InvitationsService,
    LoginService,
    MasterKeyRotation,
    MfaSecretRotation,
    MfaEnrolmentService,
    MfaLoginService,
    MySessionsService,
    OperatorAccounts,
    OperatorAudit,
    OperatorGuard,
    OperatorLoginService,
    OperatorSessionsService,
    OwnerVerificationResend,
    PasswordResetRequestService,
    PasswordResetService,
    SecuritySettingsService,
    SessionsService,
    SignupService,
    StaffService,
    WorkshopProfileService,
    WorkshopSwitchService,
  ],
})
export class IdentityModule {}
