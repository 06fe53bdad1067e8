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
      checks: { database: 'up', queue: 'up', search: 'up' },
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
});
