import { Injectable } from '@nestjs/common';
import { isPostgresError, PG_UNIQUE_VIOLATION, TenantContext, TenantDatabase } from '@pitlane/core';
import { DataKeys } from '@pitlane/crypto';
import { BusinessMetrics } from '@pitlane/observability';
import { randomBytes, randomUUID } from 'node:crypto';
import { EmailVerificationService } from '../email-verification/email-verification.service';
import { MembershipRepository } from '../memberships/membership.repository';
import { PasswordHasher } from '../passwords/password-hasher';
import { PasswordPolicy } from '../passwords/password-policy';
import { SessionsService, TokenPair } from '../sessions/sessions.service';
import { IdentitySystemRepository } from '../system/identity-system.repository';
import { WorkshopRepository } from '../tenants/workshop.repository';
import { UserRepository } from '../users/user.repository';
import { SignupDto } from './dto/signup.dto';
import { defaultsForCountry, slugify } from './workshop-defaults';

export interface SignupResult extends TokenPair {
  readonly workshop: { readonly id: string; readonly name: string; readonly slug: string };
  readonly user: { readonly id: string; readonly email: string; readonly name: string };
}

const SLUG_ATTEMPTS = 5;

/**
 * A workshop signs itself up: one transaction creates the owner, the workshop with its wrapped
 * data key, the owner's membership, a first session and the mail asking the owner to verify
 * their address. The workshop's context is entered with the freshly generated id, the only place
 * a tenant id is born.
 *
 * The answer never depends on the address: one nobody has verified and one somebody has both
 * get a new, unverified account and workshop (an address belongs to whoever verifies it first,
 * docs/tenancy.md), after the same work, with the same mail in the new workshop's log. The
 * address's owner gets that mail; its link cannot take their address (409 email-taken), so the
 * new account can never sign in as them or hold their address verified.
 */
@Injectable()
export class SignupService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly users: UserRepository,
    private readonly workshops: WorkshopRepository,
    private readonly memberships: MembershipRepository,
    private readonly tenantContext: TenantContext,
    private readonly system: IdentitySystemRepository,
    private readonly hasher: PasswordHasher,
    private readonly policy: PasswordPolicy,
    private readonly dataKeys: DataKeys,
    private readonly sessions: SessionsService,
    private readonly emailVerification: EmailVerificationService,
    private readonly business: BusinessMetrics,
  ) {}

  async signup(input: SignupDto, userAgent: string | undefined): Promise<SignupResult> {
    const email = input.email.toLowerCase();
    this.policy.assertAcceptable(input.password, [email, input.ownerName, input.workshopName]);
    const passwordHash = await this.hasher.hash(input.password);
    const country = input.country ?? 'PL';
    const defaults = defaultsForCountry(country);
    const locale = input.locale ?? defaults.locale;
    const user = { id: randomUUID(), email, name: input.ownerName, passwordHash, emailVerifiedAt: null };

    for (let attempt = 1; ; attempt++) {
      const tenantId = randomUUID();
      const slug = await this.freeSlug(input.workshopName, attempt);
      try {
        const result = await this.tenantContext.run(tenantId, () =>
          this.db.transaction(async () => {
            await this.users.insert(user);
            const key = this.dataKeys.generate(tenantId);
            key.plaintext.fill(0);
            await this.workshops.insert({
              name: input.workshopName,
              slug,
              timeZone: input.timezone ?? 'UTC',
              country,
              locale,
              currency: defaults.currency,
              status: 'active',
              wrappedDataKey: key.wrapped,
              dataKeyWrappedBy: key.wrappedBy,
            });
            await this.memberships.insert(user.id, 'owner');
            const tokens = await this.sessions.open(user.id, 'owner', userAgent);
            await this.emailVerification.issue(user, { name: input.workshopName, locale });
            return {
              workshop: { id: tenantId, name: input.workshopName, slug },
              user: { id: user.id, email, name: user.name },
              ...tokens,
            };
          }),
        );
        this.business.signups.inc();
        return result;
      } catch (error) {
        // Two sign-ups raced for the same slug: try the next candidate.
        if (attempt < SLUG_ATTEMPTS && isPostgresError(error, PG_UNIQUE_VIOLATION, 'tenants_slug_key')) continue;
        throw error;
      }
    }
  }

  /** The name's slug, or the first free "-2", "-3"... variant; random after that. */
  private async freeSlug(workshopName: string, attempt: number): Promise<string> {
    const base = slugify(workshopName);
    if (attempt === 1) {
      for (let n = 1; n <= 10; n++) {
        const candidate = n === 1 ? base : `${base}-${n}`;
        if (!(await this.system.slugTaken(candidate))) return candidate;
      }
    }
    return `${base}-${randomBytes(3).toString('hex')}`;
  }
}
