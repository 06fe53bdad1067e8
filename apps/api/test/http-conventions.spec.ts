import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { ACCESS_RULE, AccessRule } from '@pitlane/identity';
import { TestApi, Workshop } from '../../../test/support/test-api';

const PROBLEM = 'application/problem+json';

describe('HTTP conventions', () => {
  let api: TestApi;
  let workshop: Workshop;

  beforeAll(async () => {
    api = await TestApi.start({ CORS_ORIGINS: 'https://app.pitlane.test' });
    workshop = await api.signupWorkshop('Conventions Garage');
  });

  afterAll(() => api.close());

  function expectProblem(
    response: { status: number; headers: Record<string, unknown>; body: Record<string, unknown>; text: string },
    status: number,
  ): void {
    expect(response.status).toBe(status);
    expect(String(response.headers['content-type'])).toContain(PROBLEM);
    expect(response.body).toMatchObject({ status, title: expect.any(String), type: expect.any(String) });
    expect(response.text).not.toMatch(/"stack"|\bat [\w.<>]+ \(|node_modules|QueryFailedError|select |insert /i);
  }

  it('answers malformed JSON with 400 problem+json', async () => {
    const response = await api.request('POST', '/api/v1/auth/login', {
      rawBody: '{"email": "a@b.c", "password":',
      headers: { 'content-type': 'application/json' },
    });
    expectProblem(response, 400);
  });

  it.each([
    ['a new client given as a list', 'POST', '/api/v1/vehicles', { make: 'Volkswagen', model: 'Golf', client: [] }],
    ['opening hours given as a list', 'PATCH', '/api/v1/settings/schedule', { openingHours: [] }],
  ])('answers a nested object sent as %s with 400, not 500', async (_name, method, path, body) => {
    expectProblem(await api.request(method, path, { token: workshop.accessToken, body }), 400);
  });

  it('answers a public booking whose customer is a list with 400, not 500', async () => {
    const response = await api.request('POST', `/api/v1/public/workshops/${workshop.slug}/bookings`, {
      body: { serviceIds: [], startsAt: '2030-01-07T09:00:00Z', customer: [], vehicle: [], consent: true },
    });
    expectProblem(response, 400);
  });

  it('answers unknown fields with 400 naming each', async () => {
    const response = await api.request('POST', '/api/v1/auth/login', {
      body: { email: 'a@example.test', password: 'whatever-it-is', isAdmin: true, tenantId: workshop.tenantId },
    });
    expectProblem(response, 400);
    expect(response.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'isAdmin', message: 'is not an accepted field' },
        { field: 'tenantId', message: 'is not an accepted field' },
      ]),
    );
  });

  it('answers wrong types with 400 naming the field', async () => {
    const response = await api.request('POST', '/api/v1/auth/login', { body: { email: 42, password: ['x'] } });
    expectProblem(response, 400);
    const fields = (response.body.errors as { field: string }[]).map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['email', 'password']));
  });

  it('answers a body that is not an object with 400', async () => {
    for (const rawBody of ['[1,2,3]', '"just a string"', 'null']) {
      const response = await api.request('POST', '/api/v1/auth/login', {
        rawBody,
        headers: { 'content-type': 'application/json' },
      });
      expectProblem(response, 400);
    }
  });

  it('answers a body over 1 MB with 413 problem+json', async () => {
    const response = await api.request('POST', '/api/v1/auth/signup', {
      rawBody: JSON.stringify({ workshopName: 'x'.repeat(1_100_000) }),
      headers: { 'content-type': 'application/json' },
    });
    expectProblem(response, 413);
  });

  it('answers an unsupported content type with 415 problem+json', async () => {
    const response = await api.request('POST', '/api/v1/auth/login', {
      rawBody: 'email=a@b.c',
      headers: { 'content-type': 'text/xml' },
    });
    expectProblem(response, 415);
  });

  it('answers unknown routes and methods with 404 problem+json', async () => {
    expectProblem(await api.request('GET', '/api/v1/no-such-thing'), 404);
    expectProblem(await api.request('GET', '/definitely/not/here?x=1'), 404);
    expectProblem(await api.request('PUT', '/api/v1/me', { token: workshop.accessToken }), 404);
  });

  it('never writes a signed link token back into an error body', async () => {
    const token = `${'A'.repeat(64)}.${'B'.repeat(22)}`;
    for (const path of [`/api/v1/public/bookings/${token}`, `/api/v1/public/estimates/${token}`]) {
      const response = await api.request('GET', path);
      expectProblem(response, 404);
      expect(response.body.instance).toBe(path.replace(token, ':token'));
      expect(response.text).not.toContain(token.slice(0, 20));
    }
  });

  it('answers a non-UUID id with 400, never a database error', async () => {
    expectProblem(await api.request('GET', '/api/v1/staff/not-a-uuid', { token: workshop.accessToken }), 400);
  });

  it('validates pagination: limit 1..100 and known sort fields only', async () => {
    expectProblem(await api.request('GET', '/api/v1/staff?limit=101', { token: workshop.accessToken }), 400);
    expectProblem(await api.request('GET', '/api/v1/staff?page=0', { token: workshop.accessToken }), 400);
    expectProblem(await api.request('GET', '/api/v1/staff?sort=password', { token: workshop.accessToken }), 400);
    expectProblem(await api.request('GET', '/api/v1/staff?sort=constructor', { token: workshop.accessToken }), 400);
    const ok = await api.request('GET', '/api/v1/staff?limit=100&sort=-name', { token: workshop.accessToken });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ items: expect.any(Array), page: 1, limit: 100, total: 1 });
  });

  it('gives every response an X-Request-Id, keeping a well-formed one from the caller', async () => {
    const own = await api.request('GET', '/health/live', { headers: { 'x-request-id': 'trace-abc-123456' } });
    expect(own.headers['x-request-id']).toBe('trace-abc-123456');
    const bad = await api.request('GET', '/health/live', {
      headers: { 'x-request-id': 'bad id with spaces\nand newline' },
    });
    expect(bad.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const none = await api.request('GET', '/api/v1/nowhere');
    expect(none.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends security headers', async () => {
    const response = await api.request('GET', '/health/live');
    expect(response.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'SAMEORIGIN',
      'strict-transport-security': expect.stringContaining('max-age='),
      'content-security-policy': expect.stringContaining("default-src 'self'"),
    });
  });

  it('allows CORS only for the configured origins', async () => {
    const preflight = (origin: string) =>
      api.request('OPTIONS', '/api/v1/auth/login', {
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    const allowed = await preflight('https://app.pitlane.test');
    expect(allowed.headers['access-control-allow-origin']).toBe('https://app.pitlane.test');
    const refused = await preflight('https://evil.example');
    expect(refused.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('serves the OpenAPI document and its UI', async () => {
    const json = await api.request<{ openapi: string; paths: Record<string, unknown> }>('GET', '/api/docs-json');
    expect(json.status).toBe(200);
    expect(json.body.openapi).toMatch(/^3\./);
    expect(Object.keys(json.body.paths)).toEqual(
      expect.arrayContaining(['/api/v1/auth/signup', '/api/v1/auth/login', '/api/v1/me', '/api/v1/staff/{id}']),
    );
    const document = json.body as unknown as {
      paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>>;
      components: { schemas: Record<string, unknown> };
    };
    expect(Object.keys(document.paths['/api/v1/auth/login']!.post!.responses)).toEqual(
      expect.arrayContaining(['200', '400', '401']),
    );
    expect(document.paths['/api/v1/auth/login']!.post!.responses['401']!.content).toHaveProperty([
      'application/problem+json',
    ]);
    expect(document.components.schemas).toHaveProperty('ProblemDetailsDto');
    expect(document.components.schemas).toHaveProperty('SignupResponse');
    const ui = await api.request('GET', '/api/docs');
    expect(ui.status).toBe(200);
    expect(String(ui.headers['content-type'])).toContain('text/html');
  });

  it('reports liveness and readiness', async () => {
    expect((await api.request('GET', '/health/live')).body).toEqual({ status: 'ok' });
    expect((await api.request('GET', '/health/ready')).body).toEqual({
      status: 'ok',
      checks: { database: 'up', databaseRole: 'up', queue: 'up', search: 'up' },
    });
  });

  it('logs one JSON line per request with route template, status, duration, tenant and user', async () => {
    await api.request('GET', `/api/v1/staff/${workshop.userId}?secret=query`, { token: workshop.accessToken });
    const line = api.logLines
      .map((raw) => JSON.parse(raw) as Record<string, unknown>)
      .reverse()
      .find((entry) => entry.route === '/api/v1/staff/:id');
    expect(line).toMatchObject({
      service: 'api',
      level: 'info',
      method: 'GET',
      status: 200,
      tenantId: workshop.tenantId,
      userId: workshop.userId,
      requestId: expect.any(String),
      durationMs: expect.any(Number),
    });
    expect(JSON.stringify(line)).not.toContain('secret=query');
  });
  describe('request bodies', () => {
    const json = { 'content-type': 'application/json' };
    const nested = (depth: number, leaf = '1') => `${'['.repeat(depth)}${leaf}${']'.repeat(depth)}`;
    /** A 1 MiB body that is one array inside another: a second of CPU and a 500 before. */
    const deep = `{"email":${nested(500_000)}}`;

    it('refuses a deeply nested body with 400 before parsing it, anonymous or signed in', async () => {
      // Anonymous routes take 16 KiB: the nesting fits in that, and is refused for its depth.
      const anonymous = await api.request('POST', '/api/v1/auth/login', {
        rawBody: `{"email":${nested(8000)}}`,
        headers: json,
      });
      expectProblem(anonymous, 400);
      expect(anonymous.body).toMatchObject({ type: 'https://pitlane.dev/problems/body-too-complex' });
      expect(anonymous.body.detail).toContain('deeper than 32 levels');
      const signedIn = await api.request('POST', '/api/v1/clients', {
        rawBody: deep,
        headers: json,
        token: workshop.accessToken,
      });
      expectProblem(signedIn, 400);
      expect(signedIn.body).toMatchObject({ type: 'https://pitlane.dev/problems/body-too-complex' });
      // The limit is on nesting only: brackets inside strings do not count, 32 levels still parse.
      const inString = await api.request('POST', '/api/v1/clients', {
        body: { firstName: '['.repeat(60), lastName: '{'.repeat(60) },
        token: workshop.accessToken,
      });
      expect(inString.status).toBe(201);
      const atLimit = await api.request('POST', '/api/v1/clients', {
        rawBody: `{"firstName":${nested(31, '"x"')}}`,
        headers: json,
        token: workshop.accessToken,
      });
      expectProblem(atLimit, 400);
      expect(atLimit.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'firstName' })]));
    });

    it('refuses an object or array with more than 1000 members with 400 (validating 90,000 unknown keys took 12 s)', async () => {
      const wide = `{${Array.from({ length: 90_000 }, (_, i) => `"k${i}":1`).join(',')}}`;
      const response = await api.request('POST', '/api/v1/clients', {
        rawBody: wide,
        headers: json,
        token: workshop.accessToken,
      });
      expectProblem(response, 400);
      expect(response.body.detail).toContain('more than 1000 members');
    });

    it('gives every anonymous route a 16 KiB body limit, and signed-in routes the global one', async () => {
      const big = JSON.stringify({ email: 'a@example.test', password: 'x'.repeat(17 * 1024) });
      expectProblem(await api.request('POST', '/api/v1/auth/login', { rawBody: big, headers: json }), 413);
      for (const route of publicWriteRoutes(api)) {
        expect(route.path).toMatch(/^\/api\/v1\/(auth|public|ops\/auth)\//);
        const url = route.path.replace(/:[A-Za-z]+/g, 'x');
        const response = await api.request(route.method, url, { rawBody: big, headers: json });
        expect({ route: route.path, status: response.status }).toEqual({ route: route.path, status: 413 });
      }
      const signedIn = await api.request('POST', '/api/v1/clients', {
        body: { firstName: 'Ada', lastName: 'Nowak', notes: 'x'.repeat(64 * 1024) },
        token: workshop.accessToken,
      });
      expectProblem(signedIn, 400);
      expect(signedIn.body.errors).toEqual([expect.objectContaining({ field: 'notes' })]);
    });

    it('accepts application/json only: form posts, text and multipart answer 415', async () => {
      const bodies: [string, string][] = [
        ['application/x-www-form-urlencoded', 'email=a%40b.c&password=whatever-it-is'],
        ['text/plain', '{"email":"a@b.c","password":"whatever-it-is"}'],
        [
          'multipart/form-data; boundary=x',
          '--x\r\nContent-Disposition: form-data; name="email"\r\n\r\na@b.c\r\n--x--',
        ],
      ];
      for (const path of ['/api/v1/auth/login', '/api/v1/public/workshops/some-shop/bookings', '/api/v1/clients']) {
        for (const [contentType, rawBody] of bodies) {
          const response = await api.request('POST', path, {
            rawBody,
            headers: { 'content-type': contentType },
            token: path === '/api/v1/clients' ? workshop.accessToken : undefined,
          });
          expectProblem(response, 415);
        }
        // A body without any Content-Type is not JSON either.
        expectProblem(await api.request('POST', path, { rawBody: '{}' }), 415);
      }
      const withCharset = await api.request('POST', '/api/v1/auth/login', {
        rawBody: JSON.stringify({ email: 'nobody@example.test', password: 'whatever-it-is' }),
        headers: { 'content-type': 'application/json; charset=utf-8' },
      });
      expect(withCharset.status).toBe(401);
    });

    it('refuses control characters in any string with 400 naming the field, also anonymously', async () => {
      const signup = await api.request('POST', '/api/v1/auth/signup', {
        body: {
          workshopName: 'Nul\u0000Garage',
          email: 'nul@example.test',
          password: 'correct-horse-nul-battery',
          ownerName: 'Olga\u0007',
          timezone: 'Europe/Warsaw',
        },
      });
      expectProblem(signup, 400);
      expect(signup.body.errors).toEqual(
        expect.arrayContaining([
          { field: 'workshopName', message: 'must not contain control characters' },
          { field: 'ownerName', message: 'must not contain control characters' },
        ]),
      );
      const booking = await api.request('POST', `/api/v1/public/workshops/${workshop.slug}/bookings`, {
        body: { customer: { firstName: 'A\u0000' }, serviceIds: [] },
      });
      expectProblem(booking, 400);
      expect(booking.body.errors).toContainEqual({
        field: 'customer.firstName',
        message: 'must not contain control characters',
      });
      const surrogate = await api.request('POST', '/api/v1/auth/signup', {
        rawBody:
          '{"workshopName":"Lone","email":"\\ud800@example.test","password":"correct-horse-battery-9","ownerName":"O"}',
        headers: { 'content-type': 'application/json' },
      });
      expectProblem(surrogate, 400);
      expect(surrogate.body.errors).toEqual([{ field: 'email', message: 'must be valid Unicode (no lone surrogate)' }]);
      // Tab, line feed and carriage return are text.
      const notes = await api.request('POST', '/api/v1/clients', {
        body: { firstName: 'Ada', lastName: 'Nowak', notes: 'line one\r\nline\ttwo' },
        token: workshop.accessToken,
      });
      expect(notes.status).toBe(201);
      const query = await api.request('GET', '/api/v1/staff?sort=%00', { token: workshop.accessToken });
      expectProblem(query, 400);
      const path = await api.request('GET', '/api/v1/public/bookings/abc%00def');
      expect(path.status).toBeLessThan(500);
    });

    it('refuses null on fields that do not declare it nullable, with 400 naming the field', async () => {
      const cases: [string, string, Record<string, unknown>, string][] = [
        ['PATCH', '/api/v1/settings/schedule', { closedDates: null }, 'closedDates'],
        ['PATCH', '/api/v1/settings/schedule', { bays: null }, 'bays'],
        ['POST', '/api/v1/clients', { firstName: 'Ada', lastName: 'Nowak', gdprConsent: null }, 'gdprConsent'],
      ];
      for (const [method, path, body, field] of cases) {
        const response = await api.request(method, path, { body, token: workshop.accessToken });
        expectProblem(response, 400);
        expect(response.body.errors).toEqual([{ field, message: 'must not be null' }]);
      }
      // Fields whose contract says null clears them still take it.
      const created = await api.request<{ id: string }>('POST', '/api/v1/clients', {
        body: { firstName: 'Ada', lastName: 'Nowak', notes: 'call first' },
        token: workshop.accessToken,
      });
      const cleared = await api.request('PATCH', `/api/v1/clients/${created.body.id}`, {
        body: { notes: null },
        token: workshop.accessToken,
      });
      expect(cleared.status).toBe(200);
      expect(cleared.body).toMatchObject({ notes: null });
    });

    it('refuses subnormal and non-finite numbers with 400 naming the field', async () => {
      for (const number of ['-1e-323', '5e-324', '1e400', '-1e999']) {
        const response = await api.request('PATCH', '/api/v1/settings/schedule', {
          rawBody: `{"bays":${number}}`,
          headers: json,
          token: workshop.accessToken,
        });
        expectProblem(response, 400);
        expect(response.body.errors).toEqual([{ field: 'bays', message: expect.stringMatching(/finite|subnormal/) }]);
      }
    });
  });

  it('sends Cache-Control: no-store on every API response', async () => {
    const responses = [
      await api.request('POST', '/api/v1/auth/login', { body: { email: workshop.email, password: workshop.password } }),
      await api.request('GET', '/api/v1/me', { token: workshop.accessToken }),
      await api.request('GET', '/api/v1/me'),
      await api.request('GET', '/api/v1/no-such-thing'),
      await api.request('POST', '/api/v1/auth/login', { rawBody: 'a=b', headers: { 'content-type': 'text/plain' } }),
      await api.request('GET', '/health/live'),
    ];
    expect(responses.map((response) => response.headers['cache-control'])).toEqual(responses.map(() => 'no-store'));
  });

  it('never writes a link token into a log line or an error body, matched route or not', async () => {
    const token = `${'C'.repeat(64)}.${'D'.repeat(22)}`;
    const paths = [
      `/api/v1/public/bookings/${token}`,
      `/api/v1/public/estimates/${token}`,
      `/api/v1/public/bookings/${token}/extra`,
      `/api/v1/public/estimates/${token}?x=1`,
    ];
    for (const path of paths) {
      for (const method of ['GET', 'POST']) {
        const response = await api.request(method, path, {
          body: method === 'POST' ? { action: 'cancel' } : undefined,
        });
        expect(response.status).toBeLessThan(500);
        expect(response.text).not.toContain(token.slice(0, 20));
        if (typeof response.body?.instance === 'string') expect(response.body.instance).toContain(':token');
      }
    }
    // Also the early refusals (415, 413, too deep), which answer before any controller.
    for (const rawBody of ['a=b', `{"a":${nested(40)}}`, 'x'.repeat(20_000)]) {
      const response = await api.request('POST', paths[0]!, {
        rawBody,
        headers: { 'content-type': rawBody === 'a=b' ? 'application/x-www-form-urlencoded' : 'application/json' },
      });
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.text).not.toContain(token.slice(0, 20));
    }
    // The booking routes that take the token in their body: logged by their own path, never the token.
    for (const path of ['/api/v1/public/bookings/view', '/api/v1/public/bookings/calendar-file']) {
      const response = await api.request('POST', path, { body: { token } });
      expectProblem(response, 404);
      expect(response.body.instance).toBe(path);
      expect(response.text).not.toContain(token.slice(0, 20));
    }
    const manage = await api.request('POST', '/api/v1/public/bookings/manage', {
      body: { token, action: 'cancel', reason: 'gone' },
    });
    expectProblem(manage, 404);
    expect(manage.body.instance).toBe('/api/v1/public/bookings/manage');
    expect(api.logLines.filter((line) => line.includes(token.slice(0, 20)))).toEqual([]);
    function nested(depth: number): string {
      return `${'['.repeat(depth)}${']'.repeat(depth)}`;
    }
  });
});

/** Every POST, PUT and PATCH route declared `@Public()`, with its full path. */
function publicWriteRoutes(api: TestApi): { method: string; path: string }[] {
  const reflector = new Reflector();
  return api.app
    .get(DiscoveryService)
    .getControllers()
    .flatMap((wrapper) => {
      const controller = wrapper.metatype as (new (...args: never[]) => unknown) | null;
      if (!controller) return [];
      const prefix = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
      return Object.getOwnPropertyNames(controller.prototype).flatMap((name) => {
        const handler = (controller.prototype as Record<string, unknown>)[name] as object;
        const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
        if (path === undefined || name === 'constructor') return [];
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
        const rule = reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [handler as never, controller]);
        if (rule?.kind !== 'public' || !['POST', 'PUT', 'PATCH'].includes(method)) return [];
        return [{ method, path: `/api/v1/${[prefix, path].filter((p) => p && p !== '/').join('/')}` }];
      });
    });
}
