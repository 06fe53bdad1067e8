import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { TestApi } from '../support/test-api';
import { announceSkip, binary, notInstalled } from './monitoring-files';
import { TestNginx } from './test-nginx';

const nginxBinary = binary('nginx');
if (!nginxBinary) announceSkip('nginx in front of the API', notInstalled('nginx (Debian package)'));
const describeWithNginx = nginxBinary ? describe : describe.skip;

/**
 * The shipped nginx config (nginx/) in front of a running API: TLS with a dev certificate,
 * redirect, security headers, gzip, body limit, rate limits, request ids, SPA fallback, and
 * /metrics unreachable.
 */
describeWithNginx('nginx in front of the API', () => {
  let api: TestApi;
  let nginx: TestNginx;

  beforeAll(async () => {
    // The harness lifts the API's own per-address limits, so a 429 here is nginx's.
    api = await TestApi.start();
    await api.app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = api.app.getHttpServer().address() as { port: number };
    nginx = await TestNginx.start(nginxBinary!, `127.0.0.1:${port}`);
  }, 60_000);

  afterAll(async () => {
    await nginx?.stop();
    await api?.close();
  });

  it('nginx -t accepts the shipped configuration', () => {
    const rendered = TestNginx.render('127.0.0.1:1');
    return rendered.httpPort.then(() => {
      const result = spawnSync(nginxBinary!, ['-t', '-p', rendered.prefix, '-c', rendered.conf, '-e', '/dev/null'], {
        encoding: 'utf8',
      });
      expect({ status: result.status, output: result.stderr }).toEqual({
        status: 0,
        output: expect.stringContaining('test is successful'),
      });
      rmSync(rendered.prefix, { recursive: true, force: true });
      expect(result.stderr).not.toContain('[warn]');
    });
  });

  it('redirects plain HTTP to HTTPS', async () => {
    const response = await nginx.http('/api/v1/vehicles?page=2');
    expect(response.status).toBe(301);
    expect(response.headers.location).toBe('https://localhost/api/v1/vehicles?page=2');
  });

  it('proxies the API over TLS with HSTS and security headers, one copy each', async () => {
    const response = await nginx.https('/health/live');
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body.toString())).toEqual({ status: 'ok' });
    expect(response.headers).toMatchObject({
      'strict-transport-security': 'max-age=63072000; includeSubDomains',
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'strict-origin-when-cross-origin',
    });
    expect(response.headers.server).toBe('nginx');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it("passes a caller's X-Request-Id through to the API and back", async () => {
    const response = await nginx.https('/api/v1/vehicles', { headers: { 'x-request-id': 'edge-test-request-0001' } });
    expect(response.status).toBe(401);
    expect(response.headers['x-request-id']).toBe('edge-test-request-0001');
    const apiLine = api.logLines
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .find((entry) => entry.requestId === 'edge-test-request-0001');
    expect(apiLine).toMatchObject({ message: 'request', status: 401, route: '/api/v1/vehicles' });
  });

  it('gives every request an id nginx and the API share when the caller sends none', async () => {
    const response = await nginx.https('/api/v1/vehicles');
    const id = response.headers['x-request-id'] as string;
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    const apiIds = api.logLines.map((line) => (JSON.parse(line) as { requestId?: string }).requestId);
    expect(apiIds).toContain(id);
    expect(await nginx.accessLogLine((line) => line.includes(`"requestId":"${id}"`))).toBeDefined();
  });

  it('compresses JSON with gzip', async () => {
    const response = await nginx.https('/api/docs-json', { headers: { 'accept-encoding': 'gzip' } });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(response.body).toString())).toHaveProperty('openapi');
  });

  it('refuses a body over 1 MiB with problem+json before it reaches the API', async () => {
    const response = await nginx.https('/api/v1/clients', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: Buffer.alloc(2 * 1024 * 1024, 'a'),
    });
    expect(response.status).toBe(413);
    expect(response.headers['content-type']).toBe('application/problem+json');
  });

  it('does not expose /metrics', async () => {
    for (const url of ['/metrics', '/metrics/', '/api/metrics', '/api/v1/metrics']) {
      const response = await nginx.https(url);
      expect({ url, status: response.status }).toEqual({ url, status: 404 });
      expect(response.body.toString()).not.toContain('pitlane_http_requests_total');
    }
  });

  it('serves the web app, falling back to index.html for client-side routes', async () => {
    const route = await nginx.https('/bookings/some-workshop/confirm');
    expect(route.status).toBe(200);
    expect(route.headers['content-type']).toContain('text/html');
    expect(route.body.toString()).toContain('id="pitlane-placeholder"');
    expect(route.headers['strict-transport-security']).toBeDefined();
    const asset = await nginx.https('/assets/app-3f2a.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await nginx.https('/assets/missing.js')).status).toBe(404);
  });

  it('answers 429 problem+json with Retry-After once an address hammers sign-in', async () => {
    const statuses: number[] = [];
    let limited: { headers: Record<string, unknown>; body: string } | undefined;
    for (let attempt = 0; attempt < 30 && !limited; attempt++) {
      const response = await nginx.https('/api/v1/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'nobody@example.test', password: 'wrong-password-123' }),
      });
      statuses.push(response.status);
      if (response.status === 429) limited = { headers: response.headers, body: response.body.toString() };
    }
    // The first ones reach the API (401: unknown account), then nginx steps in.
    expect(statuses[0]).toBe(401);
    expect(limited).toBeDefined();
    expect(limited!.headers['content-type']).toBe('application/problem+json');
    expect(limited!.headers['retry-after']).toBe('60');
    expect(JSON.parse(limited!.body)).toMatchObject({ status: 429, title: 'Too Many Requests' });
    // Other API paths are not limited by the sign-in zone.
    expect((await nginx.https('/health/live')).status).toBe(200);
  });

  it("limits operator sign-in in the sign-in zone, with nginx's own 429", async () => {
    let limited: { headers: Record<string, unknown> } | undefined;
    for (let attempt = 0; attempt < 30 && !limited; attempt++) {
      const response = await nginx.https('/api/v1/ops/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'nobody@platform.test', password: 'wrong-password-123', code: '123456' }),
      });
      if (response.status === 429) limited = { headers: response.headers };
    }
    // The API under test allows thousands a minute: a 429 saying 60 seconds is nginx's.
    expect(limited?.headers['retry-after']).toBe('60');
  });

  it('limits the public booking pages per address too', async () => {
    let limited = false;
    for (let attempt = 0; attempt < 60 && !limited; attempt++) {
      limited = (await nginx.https(`/api/v1/public/workshops/no-such-workshop`)).status === 429;
    }
    expect(limited).toBe(true);
  });
  it('writes signed-link tokens in no log: access log, error log or API log, even when rate limited', async () => {
    const token = `${'E'.repeat(64)}.${'F'.repeat(22)}`;
    const secret = token.slice(0, 24);
    const requests = [
      { method: 'GET', path: `/api/v1/public/bookings/${token}`, logged: '/api/v1/public/bookings/:token' },
      { method: 'POST', path: `/api/v1/public/bookings/${token}`, logged: '/api/v1/public/bookings/:token' },
      { method: 'GET', path: `/api/v1/public/estimates/${token}?from=mail`, logged: '/api/v1/public/estimates/:token' },
      {
        method: 'GET',
        path: `/api/v1/public/estimates/${token}/extra`,
        logged: '/api/v1/public/estimates/:token/extra',
      },
    ];
    // The booking routes of today take the token in the body and are logged by their own path.
    const bodyRoutes = ['view', 'manage', 'calendar-file'].map((route) => ({
      method: 'POST',
      path: `/api/v1/public/bookings/${route}`,
      logged: `/api/v1/public/bookings/${route}`,
    }));
    for (const [index, request] of [...requests, ...bodyRoutes].entries()) {
      const requestId = `token-redaction-${index}-0001`;
      const response = await nginx.https(request.path, {
        method: request.method,
        headers: { 'x-request-id': requestId, 'content-type': 'application/json' },
        body: request.method === 'POST' ? JSON.stringify({ token, action: 'cancel' }) : undefined,
      });
      expect(response.status).toBeLessThan(500);
      const line = await nginx.accessLogLine((text) => text.includes(`"requestId":"${requestId}"`));
      expect(JSON.parse(line!)).toMatchObject({ method: request.method, path: request.logged });
    }
    // Over the public limit: nginx refuses with 429 and would log each refusal's request line.
    let limited = false;
    for (let attempt = 0; attempt < 80 && !limited; attempt++) {
      limited = (await nginx.https(`/api/v1/public/bookings/${token}`)).status === 429;
    }
    expect(limited).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(nginx.accessLog().filter((line) => line.includes(secret))).toEqual([]);
    expect(nginx.errorLog()).not.toContain(secret);
    expect(api.logLines.filter((line) => line.includes(secret))).toEqual([]);
  });
});
