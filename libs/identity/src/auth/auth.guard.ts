import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { TenantContext } from '@pitlane/core';
import { ClsService } from 'nestjs-cls';
import { IdentityError, IdentityErrorCode } from '../errors/identity.error';
import { SessionsService } from '../sessions/sessions.service';
import { AccessTokenService } from '../tokens/access-token.service';
import { ACCESS_RULE, AccessRule, ALLOW_WITHOUT_MFA, RequestWithPrincipal } from './access.decorators';

/**
 * The global guard. A route without an access rule is refused (fail closed); a public route
 * passes; a staff route needs a valid bearer token whose session is alive, whose workshop is
 * active and whose current role is allowed; when the workshop requires two-step verification,
 * the person must have it on (except on `@AllowWithoutMfa()` routes). It is also the one place
 * that binds an HTTP request to a tenant.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly accessTokens: AccessTokenService,
    private readonly sessions: SessionsService,
    private readonly tenantContext: TenantContext,
    private readonly cls: ClsService,
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

    const request = context.switchToHttp().getRequest<RequestWithPrincipal>();
    const claims = this.accessTokens.verify(bearerToken(request.headers.authorization));
    this.tenantContext.enter(claims.tenantId);
    const { mustEnrolMfa, ...principal } = await this.sessions.authenticate(claims);
    this.cls.set('userId', principal.userId);
    this.cls.set('sessionId', principal.sessionId);
    this.cls.set('role', principal.role);
    request.principal = principal;
    if (mustEnrolMfa && !this.allowsWithoutMfa(context)) {
      throw new IdentityError(
        IdentityErrorCode.MfaRequired,
        'This workshop requires two-step verification. Turn it on under /me/mfa first.',
      );
    }
    if (rule.roles.length > 0 && !rule.roles.includes(principal.role)) {
      throw new IdentityError(IdentityErrorCode.RoleForbidden, 'Your role in this workshop does not allow this.');
    }
    return true;
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
