import { PROBLEM_CONTENT_TYPE } from '@pitlane/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { toProblem } from './problem-mapper';

/**
 * Writes `error` as problem details. Shared by the Nest filter and Fastify's own error and
 * not-found handlers, so early errors (bad JSON, body too large) look like every other.
 */
export function sendProblem(logger: Logger, error: unknown, request: FastifyRequest, reply: FastifyReply): void {
  const errorId = randomUUID();
  const { problem, unexpected, headers } = toProblem(error, instanceOf(request), errorId);
  if (unexpected) {
    logger.error({ err: error, errorId, requestId: request.id, route: request.routeOptions?.url }, 'unexpected error');
  }
  if (reply.sent) return;
  void reply
    .status(problem.status)
    .headers(headers ?? {})
    .header('content-type', PROBLEM_CONTENT_TYPE)
    .send(problem);
}

/** Path parameters that are secrets (signed customer links): `instance` keeps their name, not their value. */
const SECRET_PARAMS: ReadonlySet<string> = new Set(['token']);

/**
 * The request's path for `instance`. On a route with a secret parameter it is rebuilt from the route
 * template with that parameter left as `:token`, so a link token is never written back in an error
 * body (nor into anything that records error bodies).
 */
function instanceOf(request: FastifyRequest): string {
  const path = withoutLinkTokens(request.url.split('?')[0] ?? '/');
  const template = request.routeOptions?.url;
  const params = (request.params ?? {}) as Readonly<Record<string, string | undefined>>;
  if (!template || !Object.keys(params).some((name) => SECRET_PARAMS.has(name))) return path;
  return template.replace(/:(\w+)/g, (whole, name: string) => {
    const value = params[name];
    return SECRET_PARAMS.has(name) || value === undefined ? whole : encodeURIComponent(value);
  });
}

/**
 * Signed-link paths that match no route (a trailing slash, an extra segment, an old client's
 * `/public/bookings/<token>`) may still carry a token: the segment after `/public/bookings/` or
 * `/public/estimates/` becomes `:token`, as nginx's access log writes it — except the booking
 * and estimate routes that take the token in their body (`view`, `manage`, `calendar-file`, `decide`).
 */
const LINK_TOKEN_SEGMENT =
  /(\/public\/(?:bookings|estimates)\/)(?!(?:view|manage|calendar-file|decide)(?:[/?]|$))[^/]+/g;

export function withoutLinkTokens(path: string): string {
  return path.replace(LINK_TOKEN_SEGMENT, '$1:token');
}
