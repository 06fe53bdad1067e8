import { AppConfig } from '@pitlane/core';
import { MetricsRegistry } from '@pitlane/observability';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { TestApi, TestResponse } from '../../../test/support/test-api';
import { BOOKING_PAGE_FRAME_ANCESTORS } from '../src/http/web-app/content-security-policy';

const HTML = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };
const REPO = path.resolve(__dirname, '../../..');

/** A build as Vite lays it out: three documents, hashed assets, root files and its hidden manifest. */
function writeFixtureBuild(): { root: string; dist: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'pitlane-web-build-'));
  const dist = path.join(root, 'dist');
  mkdirSync(path.join(dist, 'assets'), { recursive: true });
  mkdirSync(path.join(dist, '.vite'));
  for (const name of ['landing', 'index', 'public']) {
    writeFileSync(path.join(dist, `${name}.html`), `<!doctype html><title>${name}</title><p id="doc-${name}"></p>`);
  }
  writeFileSync(path.join(dist, 'assets/app-abc123.js'), 'console.log("pitlane app");\n');
  // The build's precompressed siblings (apps/web/vite.config.ts), only for the bundle above.
  writeFileSync(path.join(dist, 'assets/bundle-def456.js'), 'console.log("bundle");\n'.repeat(100));
  writeFileSync(
    path.join(dist, 'assets/bundle-def456.js.br'),
    brotliCompressSync('console.log("bundle");\n'.repeat(100)),
  );
  writeFileSync(path.join(dist, 'assets/bundle-def456.js.gz'), gzipSync('console.log("bundle");\n'.repeat(100)));
  writeFileSync(path.join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(path.join(dist, 'robots.txt'), 'User-agent: *\n');
  writeFileSync(path.join(dist, '.vite/manifest.json'), '{"secret-manifest":true}');
  // Beside the build, never reachable through it.
  writeFileSync(path.join(root, 'outside.txt'), 'outside-the-build');
  return { root, dist };
}

function documentOf(response: TestResponse): string | undefined {
  return /id="doc-(\w+)"/.exec(response.text)?.[1];
}

function expectProblem(response: TestResponse, status: number): void {
  expect({ status: response.status, type: response.headers['content-type'] }).toEqual({
    status,
    type: expect.stringMatching(/^application\/problem\+json/),
  });
  expect(response.body).toMatchObject({ status });
  expect(response.headers['cache-control']).toBe('no-store');
}

function directives(response: TestResponse): Record<string, string[]> {
  const header = String(response.headers['content-security-policy'] ?? '');
  return Object.fromEntries(
    header.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('the API serving the web app', () => {
  let build: { root: string; dist: string };
  let api: TestApi;

  beforeAll(async () => {
    build = writeFixtureBuild();
    api = await TestApi.start({ WEB_DIST_DIR: build.dist });
  });

  afterAll(async () => {
    await api?.close();
    rmSync(build.root, { recursive: true, force: true });
  });

  it('answers / with the landing page, an HTML document browsers revalidate', async () => {
    for (const headers of [HTML, {}]) {
      const response = await api.request('GET', '/', { headers });
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(documentOf(response)).toBe('landing');
    }
    const first = await api.request('GET', '/', { headers: HTML });
    const etag = String(first.headers.etag);
    const again = await api.request('GET', '/', { headers: { ...HTML, 'if-none-match': etag } });
    expect({ status: again.status, cacheControl: again.headers['cache-control'] }).toEqual({
      status: 304,
      cacheControl: 'no-cache',
    });
  });

  it.each(['/login', '/signup', '/verify-email?token=abc', '/vehicles/abc', '/settings/staff', '/bookings'])(
    'answers the staff app and account page %s with index.html',
    async (url) => {
      const response = await api.request('GET', url, { headers: HTML });
      expect({ url, status: response.status, document: documentOf(response) }).toEqual({
        url,
        status: 200,
        document: 'index',
      });
      expect(response.headers['cache-control']).toBe('no-cache');
    },
  );

  it('answers a client route without an Accept header too (a page, not a file name)', async () => {
    expect(documentOf(await api.request('GET', '/vehicles/abc'))).toBe('index');
  });

  it.each(['/book/some-slug', '/book/some-slug/confirm', '/book', '/booking', '/estimate'])(
    'answers the customer page %s with public.html',
    async (url) => {
      const response = await api.request('GET', url, { headers: HTML });
      expect({ url, status: response.status, document: documentOf(response) }).toEqual({
        url,
        status: 200,
        document: 'public',
      });
    },
  );

  it('answers HEAD like GET, without a body', async () => {
    const response = await api.request('HEAD', '/login', { headers: HTML });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.text).toBe('');
  });

  it('serves hashed assets as immutable files, and a missing one as a 404, never as a page', async () => {
    const asset = await api.request('GET', '/assets/app-abc123.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toMatch(/javascript/);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.text).toContain('pitlane app');
    expectProblem(await api.request('GET', '/assets/missing.js', { headers: HTML }), 404);
    expectProblem(await api.request('GET', '/assets', { headers: HTML }), 404);
  });

  it.each([
    ['br', 'br, gzip, deflate', 'br'],
    ['gzip', 'gzip, deflate', 'gzip'],
  ])('sends the precompressed %s file to a browser that accepts it', async (_name, acceptEncoding, encoding) => {
    const asset = await api.request('GET', '/assets/bundle-def456.js', {
      headers: { 'accept-encoding': acceptEncoding },
    });
    expect(asset.status).toBe(200);
    expect(asset.headers['content-encoding']).toBe(encoding);
    expect(asset.headers['content-type']).toMatch(/javascript/);
    expect(asset.headers.vary).toMatch(/accept-encoding/i);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('sends the plain file to a client that accepts no compression, or when the build has none', async () => {
    const plain = await api.request('GET', '/assets/bundle-def456.js', { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.text).toBe('console.log("bundle");\n'.repeat(100));
    const uncompressed = await api.request('GET', '/assets/app-abc123.js', { headers: { 'accept-encoding': 'br' } });
    expect(uncompressed.headers['content-encoding']).toBeUndefined();
    expect(uncompressed.text).toContain('pitlane app');
  });

  it("serves the build's root files, keeping its hidden files and everything beside it out of reach", async () => {
    const favicon = await api.request('GET', '/favicon.svg');
    expect(favicon.status).toBe(200);
    expect(favicon.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(favicon.headers['cache-control']).toBe('no-cache');
    expect((await api.request('GET', '/robots.txt')).text).toBe('User-agent: *\n');
    for (const url of [
      '/.vite/manifest.json',
      '/%2evite/manifest.json',
      '/..%2foutside.txt',
      '/assets/..%2f..%2foutside.txt',
      '/assets/%2e%2e/%2e%2e/outside.txt',
    ]) {
      const response = await api.request('GET', url, { headers: HTML });
      expect({ url, leaked: /secret-manifest|outside-the-build/.test(response.text) }).toEqual({ url, leaked: false });
    }
    for (const headers of [HTML, {}]) expectProblem(await api.request('GET', '/.vite/manifest.json', { headers }), 404);
  });

  it('answers a missing file name with a 404 unless a browser navigates to it', async () => {
    expectProblem(await api.request('GET', '/wp-login.php'), 404);
    expectProblem(
      await api.request('GET', '/favicon.ico', { headers: { accept: 'image/avif,image/*,*/*;q=0.8' } }),
      404,
    );
    expect(documentOf(await api.request('GET', '/wp-login.php', { headers: HTML }))).toBe('index');
  });

  it('keeps /api, /health and /metrics answering as the API does', async () => {
    for (const headers of [HTML, {}]) {
      expectProblem(await api.request('GET', '/api/v1/nope', { headers }), 404);
      expectProblem(await api.request('GET', '/api', { headers }), 404);
      expectProblem(await api.request('GET', '/health/nope', { headers }), 404);
      expectProblem(await api.request('GET', '/metrics', { headers }), 404);
      expectProblem(await api.request('GET', '/api/v1/vehicles', { headers }), 401);
    }
    expect((await api.request('GET', '/health/live')).body).toEqual({ status: 'ok' });
  });

  it('answers other methods on a page path with problem+json, not HTML', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      const response = await api.request(method, '/login', { headers: HTML, body: { email: 'a@b.c' } });
      expect({ method, status: response.status, type: response.headers['content-type'] }).toEqual({
        method,
        status: 404,
        type: expect.stringMatching(/^application\/problem\+json/),
      });
    }
  });

  it('sends the pages under a strict Content-Security-Policy, keeping the looser one to the docs UI', async () => {
    const page = await api.request('GET', '/login', { headers: HTML });
    expect(directives(page)).toMatchObject({
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:', 'blob:'],
      'connect-src': ["'self'"],
      'frame-ancestors': ["'none'"],
      'object-src': ["'none'"],
    });
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    for (const url of ['/', '/book/some-slug', '/estimate', '/assets/app-abc123.js', '/api/v1/vehicles']) {
      const policy = directives(await api.request('GET', url, { headers: HTML }));
      expect({ url, scriptSrc: policy['script-src'] }).toEqual({ url, scriptSrc: ["'self'"] });
    }
    expect(directives(await api.request('GET', '/book/some-slug', { headers: HTML }))['frame-ancestors']).toEqual([
      ...BOOKING_PAGE_FRAME_ANCESTORS,
    ]);
    const docs = await api.request('GET', '/api/docs', { headers: HTML });
    expect(docs.status).toBe(200);
    expect(directives(docs)['script-src']).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it("lets a workshop's own HTTPS site frame its booking page (the widget); nothing else is framed", async () => {
    expect(BOOKING_PAGE_FRAME_ANCESTORS).toEqual(["'self'", 'https:']);
    for (const url of ['/book/some-slug', '/book/some-slug?embed=1', '/book']) {
      const page = await api.request('GET', url, { headers: HTML });
      expect({ url, frameOptions: page.headers['x-frame-options'] }).toEqual({ url, frameOptions: undefined });
      expect(directives(page)['frame-ancestors']).toEqual(["'self'", 'https:']);
    }
    for (const url of ['/login', '/booking', '/bookings', '/estimate', '/settings/booking-page']) {
      const page = await api.request('GET', url, { headers: HTML });
      expect({ url, frameOptions: page.headers['x-frame-options'] }).toEqual({ url, frameOptions: 'SAMEORIGIN' });
      expect(directives(page)['frame-ancestors']).toEqual(["'none'"]);
    }
  });

  it('logs and measures the pages and assets by route template, never by URL or query string', async () => {
    const requestId = 'web-app-log-check-0001';
    await api.request('GET', '/vehicles/WA12345?token=secret-in-query', {
      headers: { ...HTML, 'x-request-id': requestId },
    });
    await api.request('GET', '/assets/app-abc123.js?v=query-value');
    const line = api.logLines
      .map((text) => JSON.parse(text) as Record<string, unknown>)
      .find((entry) => entry.requestId === requestId);
    expect(line).toMatchObject({ message: 'request', route: '/*', status: 200 });
    expect(api.logLines.join('\n')).not.toMatch(/secret-in-query|WA12345|query-value/);
    const metrics = await api.app.get(MetricsRegistry).metrics();
    const routes = new Set([...metrics.matchAll(/route="([^"]*)"/g)].map((match) => match[1]));
    expect([...routes]).toEqual(expect.arrayContaining(['/*', '/assets/*']));
    expect([...routes].filter((route) => /WA12345|app-abc123|query|login/.test(route!))).toEqual([]);
  });
});

describe('the API without a web app build', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await TestApi.start({ WEB_DIST_DIR: path.join(tmpdir(), 'pitlane-no-such-build') });
  });

  afterAll(async () => {
    await api?.close();
  });

  it('boots, says so once, and answers / with 404 problem+json', async () => {
    expectProblem(await api.request('GET', '/', { headers: HTML }), 404);
    expectProblem(await api.request('GET', '/login', { headers: HTML }), 404);
    expect((await api.request('GET', '/health/live')).status).toBe(200);
    const notices = api.logLines.filter((line) => line.includes('no web app build'));
    expect(notices).toHaveLength(1);
    expect(JSON.parse(notices[0]!)).toMatchObject({ webDistDir: path.join(tmpdir(), 'pitlane-no-such-build') });
  });
});

describe('WEB_DIST_DIR', () => {
  const required = {
    DATABASE_URL: 'postgres://app@127.0.0.1:5432/pitlane',
    JWT_SECRET: 'x'.repeat(32),
    MASTER_KEY: Buffer.alloc(32, 1).toString('base64'),
  };

  it('defaults to apps/web/dist in the repository, wherever the process starts', () => {
    expect(AppConfig.fromEnvironment(required).web.distDir).toBe(path.join(REPO, 'apps/web/dist'));
  });

  it('takes a relative path from the repository root and an absolute one as it is', () => {
    expect(AppConfig.fromEnvironment({ ...required, WEB_DIST_DIR: 'build/web' }).web.distDir).toBe(
      path.join(REPO, 'build/web'),
    );
    expect(AppConfig.fromEnvironment({ ...required, WEB_DIST_DIR: '/srv/pitlane/web' }).web.distDir).toBe(
      '/srv/pitlane/web',
    );
  });
});
