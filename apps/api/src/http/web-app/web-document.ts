/**
 * Which HTML document of the web app's build answers a path. The build (apps/web, Vite) has three:
 * the landing page at `/` (readable without JavaScript), the light customer entry for the pages a
 * customer opens from a link (booking, managing a booking, approving an estimate), so a customer
 * never downloads the staff shell, and the staff app with the account pages for every other path.
 * The web image's nginx (nginx/web.conf) routes the same way; test/observability/web-nginx.spec.ts
 * holds the two together.
 */
export const WEB_DOCUMENTS = ['landing.html', 'public.html', 'index.html'] as const;

export type WebDocument = (typeof WEB_DOCUMENTS)[number];

/** First path segments the server answers itself: never a page, so never an HTML fallback. */
const SERVER_SEGMENTS: ReadonlySet<string> = new Set(['api', 'health', 'metrics', 'assets']);

/** First path segments of the customer pages (`/book/:slug`, `/booking`, `/estimate`). */
const CUSTOMER_SEGMENTS: ReadonlySet<string> = new Set(['book', 'booking', 'estimate']);

/** A last segment with a dot names a file (`/favicon.ico`, `/wp-login.php`), not a page. */
const FILE_NAME = /\.[^/]*$/;

/** A segment starting with a dot: hidden files of the build (Vite's .vite/manifest.json). */
const HIDDEN = /\/\./;

/** Whether `pathname` (no query string) may be a page or a file of the web app at all. */
export function isWebAppPath(pathname: string): boolean {
  return !SERVER_SEGMENTS.has(firstSegment(pathname)) && !HIDDEN.test(pathname);
}

/**
 * The document for a GET of `pathname` that matched no file of the build, or undefined when the
 * answer is a 404: a path the server owns, or a missing file that no browser navigates to (an
 * `Accept` without text/html), so scanners and stray `/favicon.ico` requests get no HTML.
 */
export function webDocumentFor(pathname: string, accept = ''): WebDocument | undefined {
  if (!isWebAppPath(pathname)) return undefined;
  if (FILE_NAME.test(pathname) && !accept.includes('text/html')) return undefined;
  if (pathname === '/') return 'landing.html';
  return CUSTOMER_SEGMENTS.has(firstSegment(pathname)) ? 'public.html' : 'index.html';
}

function firstSegment(pathname: string): string {
  return pathname.split('/', 2)[1] ?? '';
}
