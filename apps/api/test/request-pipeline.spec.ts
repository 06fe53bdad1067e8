import { ApplicationConfig } from '@nestjs/core';
import { AuthGuard } from '@pitlane/identity';
import { RateLimitGuard } from '../src/http/rate-limit/rate-limit.guard';
import { securityHeadersOf } from '../src/http/security-headers';
import { TestApi } from '../../../test/support/test-api';

/**
 * What runs on every request is only what must (issue 17: the platform's cost per request).
 * nestjs-cls registers a guard and an interceptor even when it mounts neither; both are no-ops
 * that still cost a guard call and an rxjs pipeline per request, so the API drops them
 * (request-context.ts). If a nestjs-cls upgrade brings them back, this says so.
 */
describe('the per-request pipeline', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await TestApi.start();
  });

  afterAll(async () => {
    await api?.close();
  });

  it('runs no global interceptor and only the rate-limit and auth guards', () => {
    const config = api.app.get(ApplicationConfig);
    expect(config.getGlobalInterceptors()).toEqual([]);
    expect(config.getGlobalRequestInterceptors()).toEqual([]);
    expect(config.getGlobalGuards().map((guard) => guard.constructor)).toEqual([RateLimitGuard, AuthGuard]);
  });

  it('still runs every request in a context of its own (tenant, person, transaction)', async () => {
    // The session check and the handler need the context (tenant, transaction): a staff route works.
    const workshop = await api.signupWorkshop('Pipeline Garage');
    const me = await api.request('GET', '/api/v1/me', { token: workshop.accessToken });
    expect(me.status).toBe(200);
  });

  it("sends helmet's headers, computed once, on every response", async () => {
    const headers = securityHeadersOf({ contentSecurityPolicy: false });
    expect(headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'x-frame-options': 'SAMEORIGIN' });
    const missing = await api.request('GET', '/api/v1/no-such-route');
    expect(missing.status).toBe(404);
    for (const [name, value] of Object.entries(headers)) {
      expect({ name, value: missing.headers[name] }).toEqual({ name, value });
    }
  });
});
