import { randomBytes } from 'node:crypto';
import { TestApi, TestResponse, withAdminClient, Workshop } from '../../../test/support/test-api';
import { signupStaffedWorkshop, STAFF_ROLES, StaffRole } from '../../../test/support/workshop-staff';
import { expectNothingLeaked, Row, sendAttack, snapshotWorkshop } from './bola-support';

/**
 * Workshop B's staff against workshop A's people: staff, invitations, the audit log, the
 * security policy and sessions. Every attempt is refused as if A's rows did not exist (404, or
 * a page without them), leaks nothing of A, and leaves A's rows byte for byte as they were. The
 * suite also runs through a role that bypasses row-level security (`npm run
 * test:isolation-bypass`), so it proves the code's own tenant conditions, not only the policy.
 */

type Json = Record<string, unknown>;

interface Page {
  readonly items: readonly Json[];
  readonly total: number;
}

/** Every identity row of a workshop, to compare byte for byte. */
const A_ROWS = {
  tenant: 'select * from tenants where id = $1',
  memberships: 'select * from memberships where tenant_id = $1 order by id',
  invitations: 'select * from invitations where tenant_id = $1 order by id',
  sessions: 'select * from sessions where tenant_id = $1 order by id',
  refreshTokens: 'select * from refresh_tokens where tenant_id = $1 order by id',
  auditEvents: 'select * from audit_events where tenant_id = $1 order by id',
};

describe('identity: workshop B never reaches workshop A', () => {
  let api: TestApi;
  let a: Workshop;
  let aManager: Workshop;
  let aMechanic: Workshop;
  let aInvitationId: string;
  let aInvitee: string;
  let b: Record<StaffRole, Workshop>;
  /** Strings of A that may appear in no answer to B. */
  let secrets: string[];
  let before: Record<string, Row[]>;

  beforeAll(async () => {
    api = await TestApi.start();
    a = await api.signupWorkshop('Alpha Garage');
    aManager = await api.addStaff(a, 'manager');
    aMechanic = await api.addStaff(a, 'mechanic');
    aInvitee = `alpha-invitee-${randomBytes(3).toString('hex')}@example.test`;
    const invited = await api.request<{ id: string }>('POST', '/api/v1/staff', {
      token: a.accessToken,
      body: { email: aInvitee, role: 'mechanic', name: 'Alpha Invitee' },
    });
    expect(invited.status).toBe(201);
    aInvitationId = invited.body.id;
    // A requires two-step verification: B's owner must not be able to read or switch that.
    await withAdminClient((client) =>
      client.query('update tenants set require_mfa = true where id = $1', [a.tenantId]),
    );

    b = await signupStaffedWorkshop(api, 'Beta Garage');
    secrets = [
      a.tenantId,
      a.userId,
      a.email,
      aManager.userId,
      aManager.email,
      aMechanic.userId,
      aMechanic.email,
      aInvitationId,
      aInvitee,
      'Alpha Garage',
      'Alpha Invitee',
    ];
    before = await snapshotWorkshop(a.tenantId, A_ROWS);
  });

  afterAll(() => api.close());

  /** Who may call a route at all: the rest get 403 from the guard before anything is looked up. */
  const MANAGERS: readonly StaffRole[] = ['owner', 'manager'];

  interface Attack {
    readonly label: string;
    readonly method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
    readonly url: () => string;
    readonly body?: () => Json;
    readonly allowed: readonly StaffRole[];
  }

  const LOOKUPS: readonly Attack[] = [
    {
      label: "GET /staff/:id (A's owner)",
      method: 'GET',
      url: () => `/api/v1/staff/${a.userId}`,
      allowed: STAFF_ROLES,
    },
    {
      label: "GET /staff/:id (A's mechanic)",
      method: 'GET',
      url: () => `/api/v1/staff/${aMechanic.userId}`,
      allowed: STAFF_ROLES,
    },
    {
      label: "PATCH /staff/:id (A's mechanic to manager)",
      method: 'PATCH',
      url: () => `/api/v1/staff/${aMechanic.userId}`,
      body: () => ({ role: 'manager' }),
      allowed: MANAGERS,
    },
    {
      label: "PATCH /staff/:id (A's owner to mechanic)",
      method: 'PATCH',
      url: () => `/api/v1/staff/${a.userId}`,
      body: () => ({ role: 'mechanic' }),
      allowed: MANAGERS,
    },
    {
      label: "DELETE /staff/:id (A's manager)",
      method: 'DELETE',
      url: () => `/api/v1/staff/${aManager.userId}`,
      allowed: MANAGERS,
    },
    {
      label: "DELETE /staff/:id (A's owner)",
      method: 'DELETE',
      url: () => `/api/v1/staff/${a.userId}`,
      allowed: MANAGERS,
    },
    {
      label: "POST /staff/invitations/:id/resend (A's invitation)",
      method: 'POST',
      url: () => `/api/v1/staff/invitations/${aInvitationId}/resend`,
      allowed: MANAGERS,
    },
    {
      label: "DELETE /staff/invitations/:id (A's invitation)",
      method: 'DELETE',
      url: () => `/api/v1/staff/invitations/${aInvitationId}`,
      allowed: MANAGERS,
    },
  ];

  const CASES = STAFF_ROLES.flatMap((role) => LOOKUPS.map((attack) => [role, attack.label, attack] as const));

  it.each(CASES)(
    "B's %s: %s answers 404 (or 403 for a role the route refuses) and leaks nothing",
    async (role, _label, attack) => {
      const { response, request } = await sendAttack(api, {
        method: attack.method,
        url: attack.url(),
        token: b[role].accessToken,
        role,
        ...(attack.body ? { body: attack.body() } : {}),
      });
      expect({ request, status: response.status }).toEqual({
        request,
        status: attack.allowed.includes(role) ? 404 : 403,
      });
      expectNothingLeaked(response, secrets, request);
    },
  );

  it.each(STAFF_ROLES)("B's %s lists only B's staff", async (role) => {
    const { response, request } = await sendAttack(api, {
      method: 'GET',
      url: '/api/v1/staff?limit=100',
      token: b[role].accessToken,
      role,
    });
    expect({ request, status: response.status }).toEqual({ request, status: 200 });
    const page = response.body as unknown as Page;
    expect(page.items.map((item) => item.id).sort()).toEqual(
      [b.owner.userId, b.manager.userId, b.mechanic.userId].sort(),
    );
    expect(page.total).toBe(3);
    expectNothingLeaked(response, secrets, request);
  });

  it.each(MANAGERS)("B's %s lists only B's invitations", async (role) => {
    const { response, request } = await sendAttack(api, {
      method: 'GET',
      url: '/api/v1/staff/invitations',
      token: b[role].accessToken,
      role,
    });
    expect({ request, status: response.status }).toEqual({ request, status: 200 });
    expect((response.body as unknown as Page).total).toBe(0);
    expectNothingLeaked(response, secrets, request);
  });

  it.each(MANAGERS)("B's %s reads only B's audit log, also when asking for A's invitation", async (role) => {
    for (const url of ['/api/v1/audit-events?limit=100', `/api/v1/audit-events?entityId=${aInvitationId}`]) {
      const { response, request } = await sendAttack(api, { method: 'GET', url, token: b[role].accessToken, role });
      expect({ request, status: response.status }).toEqual({ request, status: 200 });
      const page = response.body as unknown as Page;
      expect(page.items.every((event) => event.entityId !== aInvitationId)).toBe(true);
      expectNothingLeaked(response, secrets, request);
    }
  });

  it.each(STAFF_ROLES)("B's %s sees B's security policy, not A's", async (role) => {
    const { response, request } = await sendAttack(api, {
      method: 'GET',
      url: '/api/v1/settings/security',
      token: b[role].accessToken,
      role,
    });
    expect({ request, status: response.status, body: response.body }).toEqual({
      request,
      status: 200,
      body: { requireMfa: false },
    });
  });

  it("B's owner switching B's policy leaves A's alone", async () => {
    const response = await api.request('PATCH', '/api/v1/settings/security', {
      token: b.owner.accessToken,
      body: { requireMfa: false },
    });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ requireMfa: false });
  });

  it("B inviting A's pending invitee or A's staff makes B's own invitation and leaves A's open", async () => {
    for (const email of [aInvitee, aManager.email]) {
      const response = await api.request<{ id: string }>('POST', '/api/v1/staff', {
        token: b.owner.accessToken,
        body: { email, role: 'mechanic' },
      });
      expect({ email, status: response.status }).toEqual({ email, status: 201 });
      expect(response.body.id).not.toBe(aInvitationId);
      const revoked = await api.request('DELETE', `/api/v1/staff/invitations/${response.body.id}`, {
        token: b.owner.accessToken,
      });
      expect(revoked.status).toBe(204);
    }
  });

  it("B's /me names B and nothing of A", async () => {
    for (const role of STAFF_ROLES) {
      const { response, request } = await sendAttack(api, {
        method: 'GET',
        url: '/api/v1/me',
        token: b[role].accessToken,
        role,
      });
      expect({ request, status: response.status }).toEqual({ request, status: 200 });
      expect((response.body.workshop as Json).id).toBe(b.owner.tenantId);
      expectNothingLeaked(response, secrets, request);
    }
  });

  it("A's rows are byte-identical after every attack", async () => {
    const after = await snapshotWorkshop(a.tenantId, A_ROWS);
    expect(after).toEqual(before);
    expect(after.invitations ?? []).toHaveLength(1);
    expect(after.tenant?.[0]).toMatchObject({ require_mfa: true });
  });

  describe('a person who is staff in two workshops', () => {
    let person: Workshop;
    let inB: Workshop;

    beforeAll(async () => {
      // The person's own workshop first, then A and B: the own workshop is their first.
      person = await api.addStaff(a, 'mechanic');
      const login = await api.request<{ accessToken: string; refreshToken: string }>('POST', '/api/v1/auth/login', {
        body: { email: person.email, password: person.password },
      });
      expect(login.status).toBe(200);
      await withAdminClient((client) =>
        client.query(
          `insert into memberships (tenant_id, id, user_id, role) values ($1, gen_random_uuid(), $2, 'mechanic')`,
          [b.owner.tenantId, person.userId],
        ),
      );
      const loginB = await api.request<{ accessToken: string; refreshToken: string }>('POST', '/api/v1/auth/login', {
        body: { email: person.email, password: person.password, workshopId: b.owner.tenantId },
      });
      expect(loginB.status).toBe(200);
      inB = { ...person, tenantId: b.owner.tenantId, ...loginB.body };
    });

    const workshopsOf = (userId: string) =>
      withAdminClient(
        async (client) =>
          (await client.query<{ tenant_id: string; name: string }>('select * from app_user_workshops($1)', [userId]))
            .rows,
      );

    /** The ledger rows of `template` to `email`, waiting for the first (mails may be issued after the answer). */
    async function mailsTo(email: string, template: string): Promise<{ tenant_id: string; workshop_name: string }[]> {
      for (let attempt = 0; attempt < 100; attempt++) {
        const rows = await withAdminClient(
          async (client) =>
            (
              await client.query<{ tenant_id: string; workshop_name: string }>(
                'select tenant_id, workshop_name from mail_messages where recipient_email = $1 and template = $2 order by created_at',
                [email, template],
              )
            ).rows,
        );
        if (rows.length > 0) return rows;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`no ${template} mail to ${email}`);
    }

    it('a login names the workshop asked for, or their first', async () => {
      const workshops = await workshopsOf(person.userId);
      expect(workshops.map((workshop) => workshop.tenant_id)).toHaveLength(3);
      const plain = await api.request<{ workshop: { id: string; name: string } }>('POST', '/api/v1/auth/login', {
        body: { email: person.email, password: person.password },
      });
      expect(plain.body.workshop).toMatchObject({ id: workshops[0]!.tenant_id, name: workshops[0]!.name });
      const inA = await api.request<{ workshop: { id: string } }>('POST', '/api/v1/auth/login', {
        body: { email: person.email, password: person.password, workshopId: a.tenantId },
      });
      expect(inA.body.workshop.id).toBe(a.tenantId);
    });

    it('the password reset mail is written in the name of their first workshop, in that workshop', async () => {
      const forgot = await api.request('POST', '/api/v1/auth/password/forgot', { body: { email: person.email } });
      expect(forgot.status).toBe(202);
      const [first] = await workshopsOf(person.userId);
      const [mail] = await mailsTo(person.email, 'password_reset');
      expect(mail).toEqual({ tenant_id: first!.tenant_id, workshop_name: first!.name });
    });

    it('a verification mail asked for in B names B', async () => {
      const resend = await api.request('POST', '/api/v1/me/email/verification', { token: inB.accessToken });
      expect(resend.status).toBe(202);
      const mails = await mailsTo(person.email, 'email_verification');
      const last = mails[mails.length - 1]!;
      const [beta] = await withAdminClient(
        async (client) =>
          (await client.query<{ name: string }>('select name from tenants where id = $1', [b.owner.tenantId])).rows,
      );
      expect(last).toEqual({ tenant_id: b.owner.tenantId, workshop_name: beta!.name });
    });

    it('B removing the person ends their sessions in B only: their session in A lives on', async () => {
      const inA = await api.request<{ accessToken: string }>('POST', '/api/v1/auth/login', {
        body: { email: person.email, password: person.password, workshopId: a.tenantId },
      });
      expect(inA.status).toBe(200);
      const removed = await api.request('DELETE', `/api/v1/staff/${person.userId}`, { token: b.owner.accessToken });
      expect(removed.status).toBe(204);
      expect((await api.request('GET', '/api/v1/me', { token: inB.accessToken })).status).toBe(401);
      const me: TestResponse = await api.request('GET', '/api/v1/me', { token: inA.body.accessToken });
      expect(me.status).toBe(200);
      expect((me.body.workshop as Json).id).toBe(a.tenantId);
      const role = await withAdminClient(
        async (client) =>
          (
            await client.query<{ role: string }>('select role from memberships where tenant_id = $1 and user_id = $2', [
              a.tenantId,
              person.userId,
            ])
          ).rows,
      );
      expect(role).toEqual([{ role: 'mechanic' }]);
    });
  });
});
