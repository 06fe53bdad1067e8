import type { FastifyInstance } from 'fastify';

/**
 * Bodies an anonymous caller can send (sign-in, sign-up, recovery, invitations, public booking
 * and estimate pages) are a few hundred bytes; 16 KiB leaves ample room and keeps what a
 * stranger can make the API read, parse and validate small. Everything else keeps the global
 * `HTTP_BODY_LIMIT_BYTES`.
 */
export const ANONYMOUS_BODY_LIMIT_BYTES = 16 * 1024;

/**
 * Where every route open to anonymous callers lives (route-access.spec.ts lists them; the
 * http-conventions spec checks each of them is under one of these). nginx rate-limits the same
 * prefixes (operator sign-in with the workshop sign-in's zone).
 */
export function anonymousPathPrefixes(apiPrefix: string): readonly string[] {
  return [`/${apiPrefix}/auth/`, `/${apiPrefix}/public/`, `/${apiPrefix}/ops/auth/`];
}

/**
 * Gives every route under the anonymous prefixes the small body limit, as each is registered.
 * Must run before the routes are (before `app.init()`).
 */
export function limitAnonymousBodies(fastify: FastifyInstance, prefixes: readonly string[], globalLimit: number): void {
  const limit = Math.min(ANONYMOUS_BODY_LIMIT_BYTES, globalLimit);
  fastify.addHook('onRoute', (route) => {
    if (route.bodyLimit === undefined && prefixes.some((prefix) => route.url.startsWith(prefix))) {
      route.bodyLimit = limit;
    }
  });
}
