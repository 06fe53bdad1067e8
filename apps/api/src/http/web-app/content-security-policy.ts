import type { FastifyInstance } from 'fastify';

type Directives = Readonly<Record<string, readonly string[]>>;

/**
 * Who may frame the booking pages (`/book/...`): a workshop embeds its booking page in its own
 * site (the widget snippet in Settings → Booking page), which can be any site served over HTTPS,
 * and the staff app shows a preview of it. Every other page stays unframeable. The pages take
 * nothing secret without the customer typing it, and a booking needs their consent.
 */
export const BOOKING_PAGE_FRAME_ANCESTORS: readonly string[] = ["'self'", 'https:'];

/**
 * The web app and every API response: scripts only from our own files (Vite's build has no inline
 * script), inline styles allowed (Radix positions popovers with them), images also from data: and
 * blob: URLs (QR codes, previews), frames only of this origin and blob: URLs (an invoice's PDF,
 * fetched with the token in a header and shown from a Blob URL), requests only to this origin,
 * never framed. No
 * upgrade-insecure-requests: TLS is nginx's job, and `npm start` runs on plain http.
 */
const WEB_APP_DIRECTIVES: Directives = {
  'default-src': ["'self'"],
  'base-uri': ["'self'"],
  'connect-src': ["'self'"],
  'font-src': ["'self'", 'data:'],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  'frame-src': ["'self'", 'blob:'],
  'img-src': ["'self'", 'data:', 'blob:'],
  'object-src': ["'none'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", "'unsafe-inline'"],
};

/** The booking pages: the web app's policy, framed by whom BOOKING_PAGE_FRAME_ANCESTORS names. */
const BOOKING_PAGE_DIRECTIVES: Directives = {
  ...WEB_APP_DIRECTIVES,
  'frame-ancestors': BOOKING_PAGE_FRAME_ANCESTORS,
};

/**
 * The OpenAPI UI at /api/docs, and only there: swagger-ui bootstraps with inline script, so it
 * keeps the policy the API had before the web app (helmet's defaults with inline scripts).
 */
const API_DOCS_DIRECTIVES: Directives = {
  'default-src': ["'self'"],
  'base-uri': ["'self'"],
  'font-src': ["'self'", 'https:', 'data:'],
  'form-action': ["'self'"],
  'frame-ancestors': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'object-src': ["'none'"],
  'script-src': ["'self'", "'unsafe-inline'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", "'unsafe-inline'"],
};

const API_DOCS = /^\/api\/docs(?:\/|$)/;
const BOOKING_PAGES = /^\/book(?:\/|$)/;

/** The three policies as header values, serialised once: every response sends one. */
const API_DOCS_POLICY = serialize(API_DOCS_DIRECTIVES);
const BOOKING_PAGE_POLICY = serialize(BOOKING_PAGE_DIRECTIVES);
const WEB_APP_POLICY = serialize(WEB_APP_DIRECTIVES);

/** The Content-Security-Policy header value for a request of `pathname` (no query string). */
export function contentSecurityPolicyFor(pathname: string): string {
  if (API_DOCS.test(pathname)) return API_DOCS_POLICY;
  if (BOOKING_PAGES.test(pathname)) return BOOKING_PAGE_POLICY;
  return WEB_APP_POLICY;
}

/**
 * Sends the policy of `contentSecurityPolicyFor` on every response (security-headers.ts sends
 * helmet's other headers, with helmet's CSP turned off so there is one writer).
 */
export function useContentSecurityPolicy(fastify: FastifyInstance): void {
  fastify.addHook('onSend', (request, reply, payload, done) => {
    const pathname = request.url.split('?', 1)[0] ?? '/';
    if (!reply.hasHeader('content-security-policy')) {
      void reply.header('content-security-policy', contentSecurityPolicyFor(pathname));
    }
    // helmet's X-Frame-Options (SAMEORIGIN) would contradict the booking pages' frame-ancestors.
    if (BOOKING_PAGES.test(pathname)) void reply.removeHeader('x-frame-options');
    done(null, payload);
  });
}

function serialize(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}
