import { DatabaseNotifications } from '@pitlane/core';
import { setTimeout as sleep } from 'node:timers/promises';
import { SignedInOperator, signInOperator } from '../../../test/support/operators';
import { TestApi, withAdminClient, withAppClient, Workshop } from '../../../test/support/test-api';
import { UNCOUNTED_USAGE } from '../../../test/support/uncounted-usage';

interface AuditEntry {
  action: string;
  operatorId: string | null;
  targetTenantId: string | null;
  reason: string | null;
}

interface TenantRow {
  id: string;
  slug: string;
  name: string;
  status: string;
  staffCount: number;
  plan: string | null;
}

describe('operators act on workshops: list, page, suspend, reactivate, resend verification', () => {
  let api: TestApi;
  let workshop: Workshop;
  let operator: SignedInOperator;

  beforeAll(async () => {
    api = await TestApi.start();
    workshop = await api.signupWorkshop('Console Garage');
    operator = await signInOperator(api);
  });

  afterAll(() => api.close());

  const ops = <T = Record<string, unknown>>(method: string, path: string, body?: unknown) =>
    api.request<T>(method, `/api/v1/ops${path}`, { token: operator.accessToken, body });
  const staffMe = () => api.request('GET', '/api/v1/me', { token: workshop.accessToken });
  const statusOf = async (tenantId: string) =>
    withAdminClient(async (client) => {
      const result = await client.query<{ status: string }>('select status from tenants where id = $1', [tenantId]);
      return result.rows[0]?.status;
    });
  const auditOf = async (tenantId: string) =>
    (await ops<{ items: AuditEntry[] }>('GET', `/audit?tenantId=${tenantId}&limit=100`)).body.items;

  it('finds a workshop by part of its slug, with its figures and no plan yet', async () => {
    const response = await ops<{ items: TenantRow[]; total: number }>(
      'GET',
      `/tenants?search=${encodeURIComponent(workshop.slug.slice(-8))}&sort=-createdAt`,
    );
    expect(response.status).toBe(200);
    expect(response.body.items).toEqual([
      expect.objectContaining({ id: workshop.tenantId, slug: workshop.slug, status: 'active', plan: null }),
    ]);
    expect(response.body.total).toBe(1);
  });

  it('says the figures of a workshop the rollup has not counted yet are not counted: null, not 0', async () => {
    const listed = await ops<{ items: TenantRow[] }>(
      'GET',
      `/tenants?search=${encodeURIComponent(workshop.slug)}&sort=-orders30d`,
    );
    expect(listed.body.items).toEqual([expect.objectContaining({ id: workshop.tenantId, ...UNCOUNTED_USAGE })]);
    const page = await ops<{ tenant: TenantRow }>('GET', `/tenants/${workshop.tenantId}`);
    expect(page.body.tenant).toMatchObject(UNCOUNTED_USAGE);
  });

  it('counts the workshop once the rollup has run: figures and the time they were counted', async () => {
    await withAdminClient((client) => client.query(`select platform_usage_rollup((now() at time zone 'UTC')::date)`));
    const page = await ops<{ tenant: TenantRow }>('GET', `/tenants/${workshop.tenantId}`);
    expect(page.body.tenant).toMatchObject({ staffCount: 1, vehicles30d: 0, usageRolledUpAt: expect.any(String) });
  });

  it('refuses an unknown sort field and a bad id with 400 problems, an unknown workshop with 404', async () => {
    const badSort = await ops('GET', '/tenants?sort=password');
    expect(badSort.status).toBe(400);
    expect(badSort.headers['content-type']).toContain('application/problem+json');
    expect((await ops('GET', '/tenants/not-a-uuid')).status).toBe(400);
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await ops('GET', `/tenants/${unknown}`)).status).toBe(404);
    expect((await ops('POST', `/tenants/${unknown}/suspend`, { reason: 'Unknown workshop' })).status).toBe(404);
    expect((await ops('POST', `/tenants/${unknown}/resend-verification`)).status).toBe(404);
  });

  it("shows a workshop's page: 30 days of usage, problems and the operators' actions on it", async () => {
    const response = await ops<{
      tenant: TenantRow;
      usage: { day: string }[];
      problems: { failedMails: unknown[]; outboxPending: number };
      audit: AuditEntry[];
    }>('GET', `/tenants/${workshop.tenantId}`);
    expect(response.status).toBe(200);
    expect(response.body.tenant).toMatchObject({ id: workshop.tenantId, name: expect.stringContaining('Console') });
    expect(response.body.usage).toHaveLength(30);
    expect(response.body.usage.at(-1)?.day).toBe(new Date().toISOString().slice(0, 10));
    expect(response.body.problems).toMatchObject({ failedMails: [] });
    expect(Array.isArray(response.body.audit)).toBe(true);
  });

  it('needs a reason to suspend', async () => {
    for (const body of [{}, { reason: '  ' }, { reason: 'x'.repeat(501) }, { reason: 42 }]) {
      const response = await ops('POST', `/tenants/${workshop.tenantId}/suspend`, body);
      expect(response.status).toBe(400);
    }
    expect(await statusOf(workshop.tenantId)).toBe('active');
  });

  it('suspends: the staff are refused on their next request, public links take no requests; reactivates', async () => {
    expect((await staffMe()).status).toBe(200);

    const suspended = await ops('POST', `/tenants/${workshop.tenantId}/suspend`, { reason: 'Abuse report 17' });
    expect(suspended.status).toBe(204);
    expect(await statusOf(workshop.tenantId)).toBe('suspended');
    const refused = await staffMe();
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ type: expect.stringContaining('workshop-suspended') });
    const bookingPage = () => api.request('GET', `/api/v1/public/workshops/${workshop.slug}`);
    const publicPage = await bookingPage();
    expect(publicPage.status).toBe(403);
    expect(publicPage.body).toMatchObject({ type: expect.stringContaining('workshop-not-accepting-requests') });
    // Once the status listener holds, the slug is cached (as suspended) for 30 seconds.
    await api.app.get(DatabaseNotifications).settled();
    expect((await bookingPage()).status).toBe(403);

    const again = await ops('POST', `/tenants/${workshop.tenantId}/suspend`, { reason: 'Twice' });
    expect(again.status).toBe(409);

    const reactivated = await ops('POST', `/tenants/${workshop.tenantId}/reactivate`, {
      reason: 'Resolved with owner',
    });
    expect(reactivated.status).toBe(204);
    expect(await statusOf(workshop.tenantId)).toBe('active');
    expect((await staffMe()).status).toBe(200);
    expect((await ops('POST', `/tenants/${workshop.tenantId}/reactivate`, { reason: 'Twice' })).status).toBe(409);
    // The reactivation's notification evicts the cached slug: the page answers again long before
    // the cache's 30 seconds (waiting only for the notification's delivery, a few milliseconds).
    let reopened = await bookingPage();
    for (let attempt = 0; reopened.status === 403 && attempt < 50; attempt++) {
      await sleep(20);
      reopened = await bookingPage();
    }
    expect(reopened.status).not.toBe(403);

    const audit = await auditOf(workshop.tenantId);
    expect(audit.filter((entry) => entry.action.startsWith('tenant.'))).toEqual([
      expect.objectContaining({
        action: 'tenant.reactivated',
        operatorId: operator.id,
        targetTenantId: workshop.tenantId,
        reason: 'Resolved with owner',
      }),
      expect.objectContaining({ action: 'tenant.suspended', operatorId: operator.id, reason: 'Abuse report 17' }),
    ]);
  });

  it('mails the owner a new verification link, audited; refuses once the owner is verified', async () => {
    const countMails = () =>
      withAdminClient(async (client) => {
        const result = await client.query<{ count: number }>(
          `select count(*)::int as count from mail_messages where tenant_id = $1 and template = 'email_verification'`,
          [workshop.tenantId],
        );
        return result.rows[0]!.count;
      });
    const before = await countMails();
    const response = await ops('POST', `/tenants/${workshop.tenantId}/resend-verification`);
    expect(response.status).toBe(204);
    expect(await countMails()).toBe(before + 1);
    expect((await auditOf(workshop.tenantId))[0]).toMatchObject({
      action: 'tenant.verification_resent',
      operatorId: operator.id,
    });

    await withAdminClient((client) =>
      client.query('update users set email_verified_at = now() where id = $1', [workshop.userId]),
    );
    expect((await ops('POST', `/tenants/${workshop.tenantId}/resend-verification`)).status).toBe(409);
    expect(await countMails()).toBe(before + 1);
  });

  it('answers the platform health and the signup and activity series', async () => {
    const health = await ops<{ queues: { name: string }[]; search: { backend: string }; databaseBytes: number }>(
      'GET',
      '/health',
    );
    expect(health.status).toBe(200);
    expect(health.body.queues.map((queue) => queue.name)).toEqual(['mail', 'platform']);
    expect(health.body.search.backend).toMatch(/^(postgres|elasticsearch)$/);
    expect(health.body.databaseBytes).toBeGreaterThan(0);
    expect(health.body).toMatchObject({ dashboards: [] });
    const stats = await ops<{ signupsPerDay: { day: string; signups: number }[]; activeWorkshopsPerWeek: unknown[] }>(
      'GET',
      '/stats',
    );
    expect(stats.status).toBe(200);
    expect(stats.body.signupsPerDay).toHaveLength(90);
    expect(stats.body.signupsPerDay.at(-1)?.signups).toBeGreaterThanOrEqual(1);
    expect(stats.body.activeWorkshopsPerWeek).toHaveLength(12);
  });

  it('links the Grafana dashboards when GRAFANA_URL is set', async () => {
    const linked = await TestApi.start({ GRAFANA_URL: 'https://grafana.example/' });
    try {
      const signedIn = await signInOperator(linked);
      const health = await linked.request<{ dashboards: { id: string; url: string }[] }>('GET', '/api/v1/ops/health', {
        token: signedIn.accessToken,
      });
      expect(health.body.dashboards).toContainEqual({
        id: 'platform-overview',
        url: 'https://grafana.example/d/pitlane-platform-overview',
      });
      expect(health.body.dashboards).toHaveLength(5);
    } finally {
      await linked.close();
    }
  });

  describe('the database allows the status write only through the operator function', () => {
    it('refuses the application role the function, and another workshop the status', async () => {
      const code = await withAppClient(async (client) =>
        client
          .query(`select platform_set_tenant_status($1, 'suspended', $2, 'attack', null)`, [
            workshop.tenantId,
            operator.id,
          ])
          .then(
            () => 'ran',
            (error: { code?: string }) => error.code,
          ),
      );
      expect(code).toBe('42501');
      const other = await api.signupWorkshop('Other Garage');
      const changed = await withAppClient(async (client) => {
        await client.query('begin');
        await client.query(`select set_config('app.tenant_id', $1, true)`, [other.tenantId]);
        const result = await client.query(`update tenants set status = 'suspended' where id = $1`, [workshop.tenantId]);
        await client.query('rollback');
        return result.rowCount;
      });
      expect(changed).toBe(0);
    });

    it('refuses an unknown operator id inside the function', async () => {
      const response = await withAdminClient(async (client) =>
        client
          .query(`select platform_set_tenant_status($1, 'suspended', gen_random_uuid(), 'forged', null)`, [
            workshop.tenantId,
          ])
          .then(
            () => 'ran',
            (error: { code?: string }) => error.code,
          ),
      );
      expect(response).toBe('42501');
      expect(await statusOf(workshop.tenantId)).toBe('active');
    });
  });
});
