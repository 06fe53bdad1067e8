import { Injectable } from '@nestjs/common';
import { TenantContext } from '@pitlane/core';
import { IdentityError, IdentityErrorCode, workshopSuspended } from '../errors/identity.error';
import { Role } from '../memberships/role';
import { MfaChallengeResult, MfaChallenges } from '../mfa/mfa-challenges';
import { PasswordHasher } from '../passwords/password-hasher';
import { SessionsService, TokenPair } from '../sessions/sessions.service';
import { IdentitySystemRepository, UserWithPassword, WorkshopMembership } from '../system/identity-system.repository';
import { LoginDto } from './dto/login.dto';
import { matchPassword } from './password-match';

export interface LoginResult extends TokenPair {
  readonly workshop: { readonly id: string; readonly name: string; readonly slug: string };
  readonly user: { readonly id: string; readonly email: string; readonly name: string };
  readonly role: Role;
}

/** The answer to a correct password: a session, or (with two-step verification on) a challenge. */
export type LoginOutcome = LoginResult | MfaChallengeResult;

/** Who signs in: the parts of a user a login answer shows. */
export interface SigningInUser {
  readonly id: string;
  readonly email: string;
  readonly name: string;
}

/**
 * E-mail and password to a session in one workshop. Wrong e-mail, wrong password and a
 * workshop the user does not belong to all give the same 401, after the same argon2 work.
 * Someone with two-step verification on gets a challenge instead, answered at /auth/login/mfa.
 */
@Injectable()
export class LoginService {
  constructor(
    private readonly system: IdentitySystemRepository,
    private readonly hasher: PasswordHasher,
    private readonly tenantContext: TenantContext,
    private readonly sessions: SessionsService,
    private readonly mfaChallenges: MfaChallenges,
  ) {}

  async login(input: LoginDto, userAgent: string | undefined): Promise<LoginOutcome> {
    const user = await this.authenticate(input.email.toLowerCase(), input.password);
    const workshop = chooseWorkshop(await this.system.workshopsOf(user.id), input.workshopId, invalidCredentials);
    if (this.hasher.needsRehash(user.passwordHash)) {
      await this.system.updatePasswordHash(user.id, await this.hasher.hash(input.password));
    }
    return this.enter(user, workshop, userAgent);
  }

  /**
   * After the password (or an invitation's password) is proved: the second factor if due, else a
   * session. `secondFactorProved` says the person already gave it for this sign-in (a workshop
   * switch from a session that took it), so it is not asked again.
   */
  async enter(
    user: SigningInUser,
    workshop: WorkshopMembership,
    userAgent: string | undefined,
    secondFactorProved = false,
  ): Promise<LoginOutcome> {
    if (!secondFactorProved && (await this.mfaChallenges.isRequiredFor(user.id))) {
      return this.mfaChallenges.issue(user.id, workshop.tenantId);
    }
    return this.openSession(user, workshop, userAgent);
  }

  /** After the second factor is proved: a session in the workshop chosen at the first step. */
  async resume(user: SigningInUser, tenantId: string, userAgent: string | undefined): Promise<LoginResult> {
    const workshop = chooseWorkshop(await this.system.workshopsOf(user.id), tenantId, invalidCredentials);
    return this.openSession(user, workshop, userAgent);
  }

  /**
   * One of a signed-in person's own workshops, for a switch: 404 when they are no member of it
   * (exactly as for a workshop that does not exist), 403 while it is suspended, as at login.
   */
  async memberWorkshop(userId: string, workshopId: string): Promise<WorkshopMembership> {
    return chooseWorkshop(await this.system.workshopsOf(userId), workshopId, workshopNotFound);
  }

  private async openSession(
    user: SigningInUser,
    workshop: WorkshopMembership,
    userAgent: string | undefined,
  ): Promise<LoginResult> {
    const tokens = await this.tenantContext.run(workshop.tenantId, () =>
      this.sessions.open(user.id, workshop.role, userAgent),
    );
    return {
      ...tokens,
      workshop: { id: workshop.tenantId, name: workshop.name, slug: workshop.slug },
      user: { id: user.id, email: user.email, name: user.name },
      role: workshop.role,
    };
  }

  private async authenticate(email: string, password: string): Promise<UserWithPassword> {
    const candidates = await this.system.findLoginCandidates(email);
    const match = await matchPassword(this.hasher, candidates, password);
    if (!match) throw invalidCredentials();
    return match;
  }
}

/** The requested workshop among the person's (or their first active one); `notMember` otherwise. */
function chooseWorkshop(
  workshops: WorkshopMembership[],
  requested: string | undefined,
  notMember: () => IdentityError,
): WorkshopMembership {
  const chosen = requested
    ? workshops.find((workshop) => workshop.tenantId === requested)
    : (workshops.find((workshop) => workshop.status === 'active') ?? workshops[0]);
  if (!chosen) throw notMember();
  if (chosen.status === 'suspended') throw workshopSuspended();
  return chosen;
}

function invalidCredentials(): IdentityError {
  return new IdentityError(IdentityErrorCode.InvalidCredentials, 'The e-mail address or password is incorrect.');
}

function workshopNotFound(): IdentityError {
  return new IdentityError(IdentityErrorCode.WorkshopNotFound, 'You are not a member of such a workshop.');
}
