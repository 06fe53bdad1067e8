import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { IdentityError, IdentityErrorCode } from '../errors/identity.error';
import { OperatorAccessTokenService } from './operator-access-token.service';
import { OperatorPrincipal } from './operator-principal';
import { OperatorSessionsService } from './operator-sessions.service';

export interface RequestWithOperator {
  readonly headers: Record<string, string | string[] | undefined>;
  operator?: OperatorPrincipal;
}

/**
 * Admits an `@OperatorOnly()` route's caller: a bearer token of the operator audience and key,
 * whose session is alive. The global AuthGuard hands every operator route to it, so a staff
 * token (another key, another audience) is refused here as a forgery would be, and no tenant
 * context is ever entered: operator routes reach workshops only through what is built for them.
 */
@Injectable()
export class OperatorGuard implements CanActivate {
  constructor(
    private readonly tokens: OperatorAccessTokenService,
    private readonly sessions: OperatorSessionsService,
    private readonly cls: ClsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<RequestWithOperator>();
    const claims = this.tokens.verify(bearerToken(request.headers.authorization));
    const operator = await this.sessions.authenticate(claims);
    this.cls.set('operatorId', operator.operatorId);
    this.cls.set('sessionId', operator.sessionId);
    request.operator = operator;
    return true;
  }
}

function bearerToken(header: string | string[] | undefined): string {
  const match = typeof header === 'string' ? /^Bearer ([A-Za-z0-9._~+/-]+=*)$/i.exec(header.trim()) : null;
  if (!match?.[1]) {
    throw new IdentityError(
      IdentityErrorCode.InvalidToken,
      'The operator access token is missing, malformed or expired.',
    );
  }
  return match[1];
}
