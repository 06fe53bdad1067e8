import {
  applyDecorators,
  CallHandler,
  createParamDecorator,
  ExecutionContext,
  Injectable,
  NestInterceptor,
  SetMetadata,
  UseInterceptors,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiCookieAuth, ApiHeader, SchemaObject } from '@nestjs/swagger';
import { AppConfig, DomainError, ValidationFailedError } from '@pitlane/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { catchError, map, Observable, throwError } from 'rxjs';
import { readCookie } from './cookie-header';
import { clearedRefreshCookie, REFRESH_COOKIE, refreshCookie } from './refresh-cookie';
import { ForeignOriginError, TrustedOrigins } from './trusted-origins';

/** The request header by which a browser asks for its refresh token in a cookie. */
export const DELIVERY_HEADER = 'X-Refresh-Token-Delivery';

/** The OpenAPI security scheme naming the refresh cookie (openapi-document.ts declares it). */
export const REFRESH_COOKIE_SECURITY = 'refreshCookie';

const DELIVERY_SCHEMA_NAME = 'RefreshTokenDelivery';

/** The header's values as a named schema, declared once for the six routes that take it. */
export const DELIVERY_SCHEMAS: Readonly<Record<string, SchemaObject>> = {
  [DELIVERY_SCHEMA_NAME]: { type: 'string', enum: ['body', 'cookie'] },
};

const DELIVERY_RULE = 'pitlane:session-delivery';

/**
 * - `chosen`: a route that issues a refresh token; the client picks body (default) or cookie.
 * - `cookie`: a browser-session route; the refresh token travels in the cookie only.
 */
type DeliveryRule = 'chosen' | 'cookie';

/** What a session-opening service answers: a token pair and when its session ends at the latest. */
interface SessionTokens {
  readonly refreshToken: string;
  readonly sessionExpiresAt: Date;
}

/**
 * A route whose answer issues a refresh token (signup, login, its second step, accepting an
 * invitation, a workshop switch, a body-mode refresh). By default the token is in the body, as
 * API clients have always had it; with `X-Refresh-Token-Delivery: cookie` it is set as the
 * `pitlane_refresh` cookie and left out of the body, so no script of the page ever holds it.
 */
export const IssuesRefreshToken = (): MethodDecorator =>
  applyDecorators(
    SetMetadata(DELIVERY_RULE, 'chosen' satisfies DeliveryRule),
    UseInterceptors(SessionDeliveryInterceptor),
    ApiHeader({
      name: DELIVERY_HEADER,
      required: false,
      schema: { $ref: `#/components/schemas/${DELIVERY_SCHEMA_NAME}` },
      description:
        '`body` (default): the refresh token is in the answer. `cookie` (browsers): it is set as the ' +
        'HttpOnly `pitlane_refresh` cookie on /api/v1/auth instead and the answer has no `refreshToken`; ' +
        'refresh and end such a session with /auth/session/refresh and /auth/session/logout. A request ' +
        'with an Origin other than the web app’s is refused (403 `foreign-origin`).',
    }),
  );

/**
 * A route of a browser session (`/auth/session/...`): its credential is the refresh cookie, and
 * the cookie it answers with follows the session: rotated on refresh, dropped when the session
 * ends or the cookie turns out to be no good (a 401).
 */
export const BrowserSessionRoute = (): MethodDecorator =>
  applyDecorators(
    SetMetadata(DELIVERY_RULE, 'cookie' satisfies DeliveryRule),
    UseInterceptors(SessionDeliveryInterceptor),
    ApiCookieAuth(REFRESH_COOKIE_SECURITY),
  );

/** The refresh token in the request's `pitlane_refresh` cookie, when there is exactly one. */
export const RefreshCookie = createParamDecorator((_: unknown, context: ExecutionContext): string | undefined =>
  readCookie(context.switchToHttp().getRequest<FastifyRequest>().headers.cookie, REFRESH_COOKIE),
);

/**
 * Moves the refresh token between the service's answer and the cookie, and refuses cookie-mode
 * requests from foreign origins before the handler runs. Body mode leaves the answer as it was
 * before browser sessions existed. `sessionExpiresAt` (the cookie's Max-Age) never reaches a body.
 */
@Injectable()
export class SessionDeliveryInterceptor implements NestInterceptor {
  private readonly origins: TrustedOrigins;

  constructor(
    private readonly reflector: Reflector,
    config: AppConfig,
  ) {
    this.origins = new TrustedOrigins(config.http.publicBaseUrl, config.http.corsOrigins);
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const rule = this.reflector.get<DeliveryRule>(DELIVERY_RULE, context.getHandler());
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    let cookieMode: boolean;
    try {
      cookieMode = rule === 'cookie' || deliveryAsked(request.headers[DELIVERY_HEADER.toLowerCase()]) === 'cookie';
    } catch (error) {
      return throwError(() => error);
    }
    if (!cookieMode) return next.handle().pipe(map(withoutSessionEnd));
    if (!this.origins.allows(request.headers.origin)) return throwError(() => new ForeignOriginError());
    return next.handle().pipe(
      map((result: unknown) => {
        if (isSessionTokens(result)) {
          const secondsLeft = (result.sessionExpiresAt.getTime() - Date.now()) / 1000;
          void reply.header('set-cookie', refreshCookie(result.refreshToken, secondsLeft));
          const { refreshToken: _inCookie, sessionExpiresAt: _maxAge, ...body } = result;
          return body;
        }
        if (result === undefined && rule === 'cookie') void reply.header('set-cookie', clearedRefreshCookie());
        return result;
      }),
      catchError((error: unknown) => {
        if (rule === 'cookie' && error instanceof DomainError && error.kind === 'unauthenticated') {
          void reply.header('set-cookie', clearedRefreshCookie());
        }
        return throwError(() => error);
      }),
    );
  }
}

function deliveryAsked(header: string | string[] | undefined): 'body' | 'cookie' {
  if (header === undefined) return 'body';
  const value = typeof header === 'string' ? header.trim().toLowerCase() : '';
  if (value === 'body' || value === 'cookie') return value;
  throw new ValidationFailedError([{ field: DELIVERY_HEADER, message: 'must be "body" or "cookie"' }]);
}

function isSessionTokens(result: unknown): result is SessionTokens {
  return (
    typeof result === 'object' &&
    result !== null &&
    typeof (result as Partial<SessionTokens>).refreshToken === 'string' &&
    (result as Partial<SessionTokens>).sessionExpiresAt instanceof Date
  );
}

function withoutSessionEnd(result: unknown): unknown {
  if (!isSessionTokens(result)) return result;
  const { sessionExpiresAt: _maxAge, ...body } = result;
  return body;
}
