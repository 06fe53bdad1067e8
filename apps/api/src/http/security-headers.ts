import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * helmet's security headers (HSTS, nosniff, X-Frame-Options, Referrer-Policy, the
 * Cross-Origin-* headers...) as name → value, asked of helmet once. None depends on the
 * request, so there is nothing to build per request: @fastify/helmet instead built a new
 * helmet middleware from its options on every request, ~2 % of a lookup's CPU in the issue 17
 * profile. helmet's own defaults stay the source, so a helmet upgrade changes both alike.
 */
export function securityHeadersOf(options: Readonly<HelmetOptions>): Readonly<Record<string, string>> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: string | number | readonly string[]) => {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader: (name: string) => {
      delete headers[name.toLowerCase()];
    },
  };
  // helmet throws on bad options itself (since 8.1); `next` only says it is done.
  helmet(options)({} as IncomingMessage, response as unknown as ServerResponse, () => undefined);
  return Object.freeze(headers);
}

/**
 * Sends helmet's headers on every response, CSP aside: the policy differs by path and has its
 * own single writer (web-app/content-security-policy.ts).
 */
export function sendSecurityHeaders(fastify: FastifyInstance): void {
  const headers = securityHeadersOf({ contentSecurityPolicy: false });
  fastify.addHook('onRequest', (_request, reply, done) => {
    void reply.headers(headers);
    done();
  });
}
