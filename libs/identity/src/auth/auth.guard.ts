import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { TenantContext } from '@pitlane/core';
import { ClsService } from 'nestjs-cls';
import { IdentityError, IdentityErrorCode } from '../errors/identity.error';
import { AuthenticatedPrincipal, SessionsService } from '../sessions/sessions.service';
import { OperatorGuard } from '../operators/operator.guard';
import { AccessTokenService } from '../tokens/access-token.service';
import { ACCESS_RULE, AccessRule, ALLOW_WITHOUT_MFA, RequestWithPrincipal } from './access.decorators';

/** What the guard refuses for the session's current role or 2FA state (not for the session itself). */
const REFUSALS = new Set<string>([IdentityErrorCode.MfaRequired, IdentityErrorCode.RoleForbidden]);

/**
 * The global guard. A route without an access rule is refused (fail closed); a public route
 * passes; a staff route needs a valid bearer token whose session is alive, whose workshop is
 * active and whose current role is allowed; when the workshop requires two-step verification,
 * the person must have it on (except on `@AllowWithoutMfa()` routes). It is also the one place
 * that binds an HTTP request to a tenant. An operator route is handed whole to OperatorGuard,
 * which binds no tenant and admits only operator tokens; this guard admits only staff tokens.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly accessTokens: AccessTokenService,
    private readonly sessions: SessionsService,
    private readonly tenantContext: TenantContext,
    private readonly cls: ClsService,
    private readonly operators: OperatorGuard,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) {
      throw new Error(`Route ${context.getClass().name}.${context.getHandler().name} declares no access rule`);
    }
    if (rule.kind === 'public') return true;
    if (rule.kind === 'operator') return this.operators.canActivate(context);

    const request = context.switchToHttp().getRequest<RequestWithPrincipal>();
    const claims = this.accessTokens.verify(bearerToken(request.headers.authorization));
    this.tenantContext.enter(claims.tenantId);
    // A session admitted from the cache is checked again as the request's first tenant
    // transaction opens; a role or 2FA state changed meanwhile is admitted (or refused) again.
    const recheck = (fresh: AuthenticatedPrincipal) => this.admit(context, rule, request, fresh);
    try {
      this.admit(context, rule, request, await this.sessions.authenticate(claims, recheck));
    } catch (error) {
      if (!(error instanceof IdentityError) || !REFUSALS.has(error.code)) throw error;
      // Never refuse on what the cache remembers: a role or 2FA change may not have reached it yet.
      this.admit(context, rule, request, await this.sessions.authenticate(claims, recheck, false));
    }
    return true;
  }

  /** Binds the request to the person and their role here, or refuses what they may not do. */
  private admit(
    context: ExecutionContext,
    rule: AccessRule,
    request: RequestWithPrincipal,
    { mustEnrolMfa, ...principal }: AuthenticatedPrincipal,
  ): void {
    this.cls.set('userId', principal.userId);
    this.cls.set('sessionId', principal.sessionId);
    this.cls.set('role', principal.role);
    // The same object the controller was handed (CurrentPrincipal), so a recheck reaches it.
    if (request.principal) Object.assign(request.principal, principal);
    else request.principal = principal;
    if (mustEnrolMfa && !this.allowsWithoutMfa(context)) {
      throw new IdentityError(
        IdentityErrorCode.MfaRequired,
        'This workshop requires two-step verification. Turn it on under /me/mfa first.',
      );
    }
    if (rule.kind === 'staff' && rule.roles.length > 0 && !rule.roles.includes(principal.role)) {
      throw new IdentityError(IdentityErrorCode.RoleForbidden, 'Your role in this workshop does not allow this.');
    }
  }

  private allowsWithoutMfa(context: ExecutionContext): boolean {
    return (
      this.reflector.getAllAndOverride<boolean | undefined>(ALLOW_WITHOUT_MFA, [
        context.getHandler(),
        context.getClass(),
      ]) === true
    );
  }
}

function bearerToken(header: string | string[] | undefined): string {
  const match = typeof header === 'string' ? /^Bearer ([A-Za-z0-9._~+/-]+=*)$/i.exec(header.trim()) : null;
  if (!match?.[1]) {
    throw new IdentityError(IdentityErrorCode.InvalidToken, 'The access token is missing, malformed or expired.');
  }
  return match[1];
}
