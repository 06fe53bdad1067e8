import { isWebAppPath, webDocumentFor } from './web-document';

const BROWSER = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

describe('webDocumentFor', () => {
  it('gives / the landing page', () => {
    expect(webDocumentFor('/', BROWSER)).toBe('landing.html');
    expect(webDocumentFor('/')).toBe('landing.html');
  });

  it.each([
    '/book',
    '/book/',
    '/book/kowalski-garage',
    '/book/kowalski-garage/confirm',
    '/booking',
    '/estimate',
    '/estimate/',
  ])('gives the customer page %s the public entry', (pathname) => {
    expect(webDocumentFor(pathname, BROWSER)).toBe('public.html');
  });

  it.each([
    '/login',
    '/signup',
    '/verify-email',
    '/vehicles/123',
    '/settings/staff',
    '/bookings',
    '/booker',
    '/estimates/12',
    '/books',
    '/apis',
    '/healthy',
    '/assetsfoo',
    '//api/v1/x',
  ])('gives %s the staff app', (pathname) => {
    expect(webDocumentFor(pathname, BROWSER)).toBe('index.html');
  });

  it.each([
    '/api',
    '/api/',
    '/api/v1/nope',
    '/api/docs',
    '/health',
    '/health/live',
    '/metrics',
    '/assets/app.js',
    '/.vite/manifest.json',
    '/book/.env',
    '/..',
  ])('gives the server path or hidden name %s no document', (pathname) => {
    expect(isWebAppPath(pathname)).toBe(false);
    expect(webDocumentFor(pathname, BROWSER)).toBeUndefined();
  });

  it('gives a missing file name a document only when a browser navigates to it', () => {
    expect(webDocumentFor('/favicon.ico', 'image/avif,image/webp,*/*')).toBeUndefined();
    expect(webDocumentFor('/wp-login.php')).toBeUndefined();
    expect(webDocumentFor('/book/garage/logo.png', '*/*')).toBeUndefined();
    expect(webDocumentFor('/wp-login.php', BROWSER)).toBe('index.html');
    expect(webDocumentFor('/book/jan.kowalski', BROWSER)).toBe('public.html');
  });

  it('takes a route without a file name as a page whatever the Accept header says', () => {
    expect(webDocumentFor('/vehicles/123', '*/*')).toBe('index.html');
    expect(webDocumentFor('/vehicles/123')).toBe('index.html');
    expect(webDocumentFor('/book/kowalski-garage', 'application/json')).toBe('public.html');
  });
});
