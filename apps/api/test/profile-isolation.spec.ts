import { TestApi, Workshop } from '../../../test/support/test-api';
import { signupStaffedWorkshop, STAFF_ROLES, StaffRole } from '../../../test/support/workshop-staff';
import { expectNothingLeaked, Row, sendAttack, snapshotWorkshop } from './bola-support';

/**
 * Workshop B's staff against workshop A's profile and people. The profile routes take the
 * workshop from the token alone, so B can only ever read and change B: A's row, A's people and
 * A's audit trail stay byte for byte as they were, and nothing of A appears in B's answers.
 * Also run through a role that bypasses row-level security (`npm run test:isolation-bypass`),
 * so the code's own tenant conditions are proven, not only the policy.
 */

const A_ROWS = {
  tenant: 'select * from tenants where id = $1',
  people: 'select u.* from users u join memberships m on m.user_id = u.id where m.tenant_id = $1 order by u.id',
  auditEvents: 'select * from audit_events where tenant_id = $1 order by id',
};

describe('the workshop profile: workshop B never reaches workshop A', () => {
  let api: TestApi;
  let a: Workshop;
  let b: Record<StaffRole, Workshop>;
  let secrets: string[];
  let before: Record<string, Row[]>;

  beforeAll(async () => {
    api = await TestApi.start();
    a = await api.signupWorkshop('Alpha Garage', { country: 'DK', timezone: 'Europe/Copenhagen' });
    const filled = await api.request('PATCH', '/api/v1/settings/workshop', {
      token: a.accessToken,
      body: {
        street: 'Alphavej 7',
        postalCode: '8000',
        city: 'Aarhus',
        phone: '+45 86 12 34 56',
        publicEmail: 'alpha-desk@example.test',
      },
    });
    expect(filled.status).toBe(200);
    b = await signupStaffedWorkshop(api, 'Beta Garage', { country: 'PL' });
    secrets = [
      a.tenantId,
      a.slug,
      a.userId,
      a.email,
      'Alpha Garage',
      'Alphavej',
      'Aarhus',
      'alpha-desk',
      '86 12 34 56',
    ];
    before = await snapshotWorkshop(a.tenantId, A_ROWS);
  });

  afterAll(async () => {
    expect(await snapshotWorkshop(a.tenantId, A_ROWS)).toEqual(before);
    await api.close();
  });

  it.each(STAFF_ROLES)("B's %s reads B's profile and nothing of A", async (role) => {
    const { response, request } = await sendAttack(api, {
      method: 'GET',
      url: '/api/v1/settings/workshop',
      token: b[role].accessToken,
      role,
    });
    expect({ request, status: response.status }).toEqual({ request, status: 200 });
    expect(response.body).toMatchObject({ id: b.owner.tenantId, slug: b.owner.slug, country: 'PL' });
    expectNothingLeaked(response, secrets, request);
  });

  it("B's owner changing B's profile changes B only, whatever the body says", async () => {
    const { response, request } = await sendAttack(api, {
      method: 'PATCH',
      url: '/api/v1/settings/workshop',
      token: b.owner.accessToken,
      role: 'owner',
      body: { name: 'Beta Renamed', city: 'Łódź', timeZone: 'Asia/Tokyo' },
    });
    expect({ request, status: response.status }).toEqual({ request, status: 200 });
    expect(response.body).toMatchObject({ id: b.owner.tenantId, name: 'Beta Renamed', timeZone: 'Asia/Tokyo' });
    expectNothingLeaked(response, secrets, request);
    expect(await snapshotWorkshop(a.tenantId, A_ROWS)).toEqual(before);
  });

  it.each<[string, Record<string, unknown>]>([
    ['an id', { id: '00000000-0000-4000-8000-000000000000' }],
    ['a tenant id', { tenantId: '00000000-0000-4000-8000-000000000000' }],
    ['a workshop id', { workshopId: '00000000-0000-4000-8000-000000000000' }],
  ])("B's owner cannot aim a change elsewhere with %s in the body (400)", async (_, extra) => {
    const response = await api.request('PATCH', '/api/v1/settings/workshop', {
      token: b.owner.accessToken,
      body: { name: 'Elsewhere', ...extra },
    });
    expect(response.status).toBe(400);
  });

  it("B's people change their own names and languages only", async () => {
    for (const role of STAFF_ROLES) {
      const { response, request } = await sendAttack(api, {
        method: 'PATCH',
        url: '/api/v1/me',
        token: b[role].accessToken,
        role,
        body: { name: `Beta ${role}`, locale: 'da' },
      });
      expect({ request, status: response.status }).toEqual({ request, status: 200 });
      expect(response.body).toMatchObject({ user: { id: b[role].userId, name: `Beta ${role}`, locale: 'da' } });
      expectNothingLeaked(response, secrets, request);
    }
    expect(await snapshotWorkshop(a.tenantId, A_ROWS)).toEqual(before);
  });

  it("B's audit trail holds B's profile events and none of A's", async () => {
    const { response, request } = await sendAttack(api, {
      method: 'GET',
      url: `/api/v1/audit-events?entityId=${a.tenantId}`,
      token: b.owner.accessToken,
      role: 'owner',
    });
    expect({ request, status: response.status, total: response.body.total }).toEqual({
      request,
      status: 200,
      total: 0,
    });
    const own = await api.request<{ items: { action: string; entityId: string }[] }>(
      'GET',
      `/api/v1/audit-events?entityId=${b.owner.tenantId}`,
      { token: b.owner.accessToken },
    );
    expect(own.body.items).toEqual([expect.objectContaining({ action: 'workshop.profile_updated' })]);
    expectNothingLeaked(own, secrets, 'B reads its own audit trail');
  });
});
