import { Module } from '@nestjs/common';
import { AccountService } from './account/account.service';
import { AuthGuard } from './auth/auth.guard';
import { LoginService } from './auth/login.service';
import { SignupService } from './auth/signup.service';
import { PasswordHasher } from './passwords/password-hasher';
import { PasswordPolicy } from './passwords/password-policy';
import { SessionsService } from './sessions/sessions.service';
import { StaffService } from './staff/staff.service';
import { IdentitySystemRepository } from './system/identity-system.repository';
import { MasterKeyRotation } from './tenants/master-key-rotation';
import { WorkshopProfileService } from './tenants/workshop-profile.service';
import { AccessTokenService } from './tokens/access-token.service';

/** Workshops, people, memberships and sessions. Needs the core Config, Database and Crypto modules. */
@Module({
  providers: [
    AccessTokenService,
    AccountService,
    AuthGuard,
    IdentitySystemRepository,
    LoginService,
    MasterKeyRotation,
    PasswordHasher,
    PasswordPolicy,
    SessionsService,
    SignupService,
    StaffService,
    WorkshopProfileService,
  ],
  exports: [
    AccessTokenService,
    AccountService,
    AuthGuard,
    LoginService,
    MasterKeyRotation,
    SessionsService,
    SignupService,
    StaffService,
    WorkshopProfileService,
  ],
})
export class IdentityModule {}
