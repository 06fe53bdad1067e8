import fc from 'fast-check';
import { randomBytes, randomInt } from 'node:crypto';
import { TestApi, TestResponse, withAdminClient, Workshop } from '../../../test/support/test-api';

/**
 * Broken object-level authorisation: workshop B's staff know (or guess) workshop A's ids, VINs
 * and plates and throw them at every garage endpoint, in the path, the body and the query.
 * Every attempt must be refused as if A's objects did not exist, leak nothing of A, and leave
 * A's rows exactly as they were.
 */

type Role = 'owner' | 'manager' | 'mechanic';
type Json = Record<string, unknown>;

interface Page {
  readonly items: readonly { readonly id: string }[];
  readonly total: number;
}

const PESEL = '44051401359';
const FUEL_TYPES = ['petrol', 'diesel', 'hybrid', 'plug_in_hybrid', 'electric', 'lpg', 'cng', 'hydrogen', 'other'];
const PROBLEM_JSON = /^application\/problem\+json/;

/** A European VIN (no mandatory check digit): 'WVWZZZ1JZ' + 'XW' + six digits. */
const vinOf = (serial: number) => `WVWZZZ1JZXW${String(serial).padStart(6, '0')}`;

/** A's data as the API created it, and everything of it that must never reach B. */
interface Victim {
  readonly workshop: Workshop;
  readonly clientIds: string[];
  readonly vehicleIds: string[];
  readonly vins: string[];
  readonly plates: string[];
  /** Strings that may appear in no response to B and (for VINs and PESEL) in no log line. */
  readonly secrets: string[];
  /** What each client was created with, for B to copy into a look-alike of its own. */
  readonly names: { firstName: string; lastName: string; email: string; phone: string }[];
}

interface Snapshot {
  readonly clients: Json[];
  readonly vehicles: Json[];
  readonly visits: Json[];
  readonly mileageReadings: Json[];
  readonly auditEvents: Json[];
  readonly auditCount: number;
}

/** A route that takes one of A's identifiers somewhere (path, body or query). */
interface Attack {
  readonly label: string;
  readonly method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Which of A's identifiers the route is about. */
  readonly target: 'client' | 'vehicle' | 'vin' | 'plate';
  readonly ownerOnly: boolean;
  /** 404 for a lookup; a 200 with an empty page for a filter. */
  readonly outcome: 'not-found' | 'empty-page';
  readonly url: (id: string, ctx: AttackContext) => string;
  /** The request body; `extra` holds generated fields, the identifier under attack always wins. */
  readonly body?: (id: string, ctx: AttackContext, extra?: Json) => Json;
  /** Which generated fields the body takes. */
  readonly extra?: 'client-patch' | 'vehicle-patch' | 'vehicle-create' | 'vehicle-move';
}

interface AttackContext {
  readonly ownClientId: string;
  readonly ownVehicleId: string;
  /** Another client of B's, to merge (B's own rows must stay as they were too). */
  readonly ownSpareClientId: string;
}

/** Every route with `:id` in the path, with a well-formed body where it takes one. */
const PATH_ATTACKS: readonly Attack[] = [
  {
    label: 'GET /clients/:id',
    method: 'GET',
    target: 'client',
    ownerOnly: false,
    outcome: 'not-found',
    url: (id) => `/api/v1/clients/${id}`,
  },
  {
    label: 'PATCH /clients/:id',
    method: 'PATCH',
    target: 'client',
    ownerOnly: false,
    outcome: 'not-found',
    url: (id) => `/api/v1/clients/${id}`,
    body: (_id, _ctx, extra) => extra ?? { firstName: 'Mallory', notes: 'was here' },
    extra: 'client-patch',
  },
  {
    label: 'DELETE /clients/:id',
    method: 'DELETE',
    target: 'client',
    ownerOnly: true,
    outcome: 'not-found',
    url: (id) => `/api/v1/clients/${id}`,
  },
  {
    label: 'DELETE /clients/:id?cascade=true',
    method: 'DELETE',
    target: 'client',
    ownerOnly: true,
    outcome: 'not-found',
    url: (id) => `/api/v1/clients/${id}?cascade=true`,
  },
  {
    label: 'DELETE /clients/:id?erase=true',
    method: 'DELETE',
    target: 'client',
    ownerOnly: true,
    outcome: 'not-found',
    url: (id) => `/api/v1/clients/${id}?erase=true`,
  },
  {
    label: 'GET /clients/:id/vehicles',
    method: 'GET',
    target: 'client',
    ownerOnly: false,
    outcome: 'not-found',
    url: (id) => `/api/v1/clients/${id}/vehicles`,
  },
  {
    label: 'GET /clients/:id/export',
    method: 'GET',
    target: 'client',
    ownerOnly: true,
    outcome: 'not-found',
    url: (id) => `/api/v1/clients/${id}/export`,
  },
  {
    label: 'GET /clients/:id/duplicates',
    method: 'GET',
    target: 'client',
    ownerOnly: false,
    outcome: 'not-found',
    url: (id) => `/api/v1/clients/${id}/duplicates`,
  },
  {
    label: "POST /clients/:id/merge { intoClientId: B's own }",
    method: 'POST',
    target: 'client',
    ownerOnly: true,
    outcome: 'not-found',
    url: (id) => `/api/v1/clients/${id}/merge`,
    body: (_id, ctx) => ({ intoClientId: ctx.ownClientId }),
  },
  {
    label: 'GET /vehicles/:id',
    method: 'GET',
    target: 'vehicle',
    ownerOnly: false,
    outcome: 'not-found',
    url: (id) => `/api/v1/vehicles/${id}`,
  },
  {
    label: 'GET /vehicles/:id/mileage',
    method: 'GET',
    target: 'vehicle',
    ownerOnly: false,
    outcome: 'not-found',
    url: (id) => `/api/v1/vehicles/${id}/mileage`,
  },
  {
    label: 'PATCH /vehicles/:id',
    method: 'PATCH',
    target: 'vehicle',
    ownerOnly: false,
    outcome: 'not-found',
    url: (id) => `/api/v1/vehicles/${id}`,
    body: (_id, _ctx, extra) => extra ?? { mileageKm: 4_999_999, mileageOverride: true, make: 'Stolen' },
    extra: 'vehicle-patch',
  },
  {
    label: 'DELETE /vehicles/:id',
    method: 'DELETE',
    target: 'vehicle',
    ownerOnly: true,
    outcome: 'not-found',
    url: (id) => `/api/v1/vehicles/${id}`,
  },
];

/** Identifiers in bodies and query strings; the generated attacks draw from these and the above. */
const OTHER_ATTACKS: readonly Attack[] = [
  {
    label: 'DELETE /clients/:id?cascade=true&erase=true',
    method: 'DELETE',
    target: 'client',
    ownerOnly: true,
    outcome: 'not-found',
    url: (id) => `/api/v1/clients/${id}?cascade=true&erase=true`,
  },
  {
    label: 'GET /clients/:id/vehicles?limit=100',
    method: 'GET',
    target: 'client',
    ownerOnly: false,
    outcome: 'not-found',
    url: (id) => `/api/v1/clients/${id}/vehicles?page=1&limit=100`,
  },
  {
    label: 'POST /vehicles { clientId }',
    method: 'POST',
    target: 'client',
    ownerOnly: false,
    outcome: 'not-found',
    url: () => '/api/v1/vehicles',
    body: (id, _ctx, extra) => ({ make: 'Skoda', model: 'Octavia', ...extra, clientId: id }),
    extra: 'vehicle-create',
  },
  {
    label: "PATCH /vehicles/<B's own> { clientId }",
    method: 'PATCH',
    target: 'client',
    ownerOnly: false,
    outcome: 'not-found',
    url: (_id, ctx) => `/api/v1/vehicles/${ctx.ownVehicleId}`,
    body: (id, _ctx, extra) => ({ ...extra, clientId: id }),
    extra: 'vehicle-move',
  },
  {
    label: "POST /clients/<B's own>/merge { intoClientId }",
    method: 'POST',
    target: 'client',
    ownerOnly: true,
    outcome: 'not-found',
    url: (_id, ctx) => `/api/v1/clients/${ctx.ownSpareClientId}/merge`,
    body: (id) => ({ intoClientId: id }),
  },
  {
    label: 'GET /vehicles?clientId=',
    method: 'GET',
    target: 'client',
    ownerOnly: false,
    outcome: 'empty-page',
    url: (id) => `/api/v1/vehicles?clientId=${id}`,
  },
  {
    label: 'GET /audit-events?entityId= (client)',
    method: 'GET',
    target: 'client',
    ownerOnly: true,
    outcome: 'empty-page',
    url: (id) => `/api/v1/audit-events?entityId=${id}`,
  },
  {
    label: 'GET /audit-events?entityId= (vehicle)',
    method: 'GET',
    target: 'vehicle',
    ownerOnly: true,
    outcome: 'empty-page',
    url: (id) => `/api/v1/audit-events?entityId=${id}`,
  },
  {
    label: 'GET /vehicles?vin=',
    method: 'GET',
    target: 'vin',
    ownerOnly: false,
    outcome: 'empty-page',
    url: (vin) => `/api/v1/vehicles?vin=${encodeURIComponent(vin)}`,
  },
  {
    label: 'GET /vehicles?plate=',
    method: 'GET',
    target: 'plate',
    ownerOnly: false,
    outcome: 'empty-page',
    url: (plate) => `/api/v1/vehicles?plate=${encodeURIComponent(plate)}`,
  },
];

const GENERATED_RUNS = 600;

describe("garage BOLA: workshop B can neither see nor touch workshop A's clients and vehicles", () => {
  let api: TestApi;
  let victim: Victim;
  let before: Snapshot;
  let owner: Workshop;
  let manager: Workshop;
  let mechanic: Workshop;
  let ctx: AttackContext;
  let ownVehicleBefore: Json;
  let ownSpareBefore: Json;
  let attempts = 0;

  const tokenOf = (role: Role) => ({ owner, manager, mechanic })[role].accessToken;

  beforeAll(async () => {
    api = await TestApi.start();
    victim = await seedVictim(api);
    before = await snapshot(victim.workshop.tenantId);

    owner = await api.signupWorkshop('Attacker Garage');
    manager = await api.addStaff(owner, 'manager');
    mechanic = await api.addStaff(owner, 'mechanic');
    const ownVehicle = await api.request<{ id: string; clientId: string }>('POST', '/api/v1/vehicles', {
      token: owner.accessToken,
      body: {
        client: { firstName: 'Barbara', lastName: 'Attacker' },
        vin: vinOf(randomInt(900_000, 999_999)),
        plate: 'GD 00001',
        make: 'Fiat',
        model: 'Panda',
        mileageKm: 1000,
      },
    });
    expect(ownVehicle.status).toBe(201);
    const spare = await api.request<{ id: string }>('POST', '/api/v1/clients', {
      token: owner.accessToken,
      body: { firstName: 'Spare', lastName: 'Attacker' },
    });
    expect(spare.status).toBe(201);
    ctx = { ownClientId: ownVehicle.body.clientId, ownVehicleId: ownVehicle.body.id, ownSpareClientId: spare.body.id };
    ownVehicleBefore = await vehicleRow(owner.tenantId, ctx.ownVehicleId);
    ownSpareBefore = await clientRow(owner.tenantId, ctx.ownSpareClientId);
  });

  afterAll(() => api.close());

  /** The request went nowhere near A: the expected refusal, and not one of A's strings in the body. */
  async function attack(attackDef: Attack, id: string, role: Role, extra?: Json): Promise<TestResponse> {
    const url = attackDef.url(id, ctx);
    const response = await api.request(attackDef.method, url, {
      token: tokenOf(role),
      ...(attackDef.body ? { body: attackDef.body(id, ctx, extra) } : {}),
    });
    const request = `${attackDef.method} ${url} as ${role} -> ${response.status} ${response.text}`;
    if (attackDef.ownerOnly && role === 'mechanic') {
      expect({ request, status: [403, 404].includes(response.status) }).toEqual({ request, status: true });
      expectProblem(response, url);
    } else if (attackDef.outcome === 'not-found') {
      expect({ request, status: response.status }).toEqual({ request, status: 404 });
      expectProblem(response, url);
    } else {
      expect({ request, status: response.status }).toEqual({ request, status: 200 });
      const page = response.body as unknown as Page;
      expect({ request, items: page.items, total: page.total }).toEqual({ request, items: [], total: 0 });
    }
    expectNoLeak(response, url, request);
    return response;
  }

  function expectProblem(response: TestResponse, url: string): void {
    expect(String(response.headers['content-type'])).toMatch(PROBLEM_JSON);
    expect(response.body).toMatchObject({ status: response.status, instance: url.split('?')[0] });
  }

  /** `instance` echoes the attacker's own path back; everything else may hold nothing of A. */
  function expectNoLeak(response: TestResponse<unknown>, url: string, request: string): void {
    let text = response.text;
    if (response.body && typeof response.body === 'object' && 'instance' in response.body) {
      const { instance, ...rest } = response.body;
      expect(instance).toBe(url.split('?')[0]);
      text = JSON.stringify(rest);
    }
    const lower = text.toLowerCase();
    const leaked = victim.secrets.filter((secret) => lower.includes(secret.toLowerCase()));
    expect({ request, leaked }).toEqual({ request, leaked: [] });
  }

  it('has something to attack (three clients, six vehicles, a PESEL, VINs and plates in workshop A)', () => {
    expect(before.clients).toHaveLength(3);
    expect(before.vehicles).toHaveLength(6);
    expect(before.clients.filter((client) => client.national_id_ciphertext !== null)).toHaveLength(1);
    expect(before.vehicles.every((vehicle) => vehicle.vin_ciphertext !== null && vehicle.plate !== null)).toBe(true);
    expect(before.auditCount).toBeGreaterThanOrEqual(9);
  });

  describe('ids in the path', () => {
    const shared = PATH_ATTACKS.filter((route) => !route.ownerOnly);
    const ownerOnly = PATH_ATTACKS.filter((route) => route.ownerOnly);

    it.each(shared)(
      "a mechanic of workshop B gets 404 from $label for every one of workshop A's ids",
      async (route) => {
        for (const id of idsOf(route.target)) await attack(route, id, 'mechanic');
      },
    );

    it.each(shared)("the owner of workshop B gets 404 from $label for every one of workshop A's ids", async (route) => {
      for (const id of idsOf(route.target)) await attack(route, id, 'owner');
    });

    it.each(ownerOnly)(
      "the owner and the manager of workshop B get 404 from $label for every one of workshop A's ids",
      async (route) => {
        for (const id of idsOf(route.target)) {
          await attack(route, id, 'owner');
          await attack(route, id, 'manager');
        }
      },
    );

    it.each(ownerOnly)(
      "a mechanic of workshop B is refused (403 or 404, never served) by $label on workshop A's ids",
      async (route) => {
        for (const id of idsOf(route.target)) {
          const response = await attack(route, id, 'mechanic');
          expect(response.status).not.toBeLessThan(400);
        }
      },
    );
  });

  describe('ids in the body', () => {
    it("creating a vehicle for workshop A's client answers 404 and creates nothing", async () => {
      const route = OTHER_ATTACKS.find((candidate) => candidate.label === 'POST /vehicles { clientId }')!;
      for (const clientId of victim.clientIds) {
        for (const role of ['mechanic', 'owner'] as const) {
          await attack(route, clientId, role, { vin: vinOf(randomInt(0, 899_999)), plate: 'GD 66666' });
        }
      }
      const counts = await withAdminClient((client) =>
        client.query<{ tenant_id: string; n: number }>(
          'select tenant_id, count(*)::int as n from vehicles where tenant_id = any($1) group by tenant_id',
          [[victim.workshop.tenantId, owner.tenantId]],
        ),
      );
      expect(Object.fromEntries(counts.rows.map((row) => [row.tenant_id, row.n]))).toEqual({
        [victim.workshop.tenantId]: 6,
        [owner.tenantId]: 1,
      });
    });

    it("moving workshop B's own vehicle to workshop A's client answers 404 and leaves the vehicle unchanged", async () => {
      const route = OTHER_ATTACKS.find((candidate) => candidate.label === "PATCH /vehicles/<B's own> { clientId }")!;
      for (const clientId of victim.clientIds) {
        await attack(route, clientId, 'mechanic');
        await attack(route, clientId, 'owner', { make: 'Moved', mileageKm: 2000 });
      }
      expect(await vehicleRow(owner.tenantId, ctx.ownVehicleId)).toEqual(ownVehicleBefore);
    });

    it("merging workshop B's own client into workshop A's client answers 404 and leaves B's client as it was", async () => {
      const route = OTHER_ATTACKS.find(
        (candidate) => candidate.label === "POST /clients/<B's own>/merge { intoClientId }",
      )!;
      for (const clientId of victim.clientIds) {
        await attack(route, clientId, 'owner');
        await attack(route, clientId, 'manager');
        await attack(route, clientId, 'mechanic');
      }
      expect(await clientRow(owner.tenantId, ctx.ownSpareClientId)).toEqual(ownSpareBefore);
    });

    it("a client of workshop B with the very name, e-mail and phone of A's clients has no duplicate from A", async () => {
      for (const [index, twin] of victim.names.entries()) {
        const role = (['owner', 'manager', 'mechanic'] as const)[index % 3]!;
        const created = await api.request<{ id: string }>('POST', '/api/v1/clients', {
          token: tokenOf(role),
          body: twin,
        });
        expect(created.status).toBe(201);
        const url = `/api/v1/clients/${created.body.id}/duplicates`;
        const response = await api.request<{ id: string }[]>('GET', url, { token: tokenOf(role) });
        expect({ url, status: response.status, body: response.body }).toEqual({ url, status: 200, body: [] });
        expectNoLeak(response, url, `GET ${url} as ${role}`);
        // B's look-alike goes again: B's own lists are checked for A's strings further down.
        const removed = await api.request('DELETE', `/api/v1/clients/${created.body.id}`, { token: owner.accessToken });
        expect(removed.status).toBe(204);
      }
    });

    it("moving workshop A's vehicle to workshop B's client answers 404", async () => {
      const route = PATH_ATTACKS.find((candidate) => candidate.label === 'PATCH /vehicles/:id')!;
      for (const vehicleId of victim.vehicleIds) {
        await attack(route, vehicleId, 'mechanic', { clientId: ctx.ownClientId });
      }
    });
  });

  describe('ids in the query string', () => {
    const byLabel = (label: string) => OTHER_ATTACKS.find((candidate) => candidate.label === label)!;

    it("filtering workshop B's vehicles by workshop A's client id returns no vehicle", async () => {
      for (const clientId of victim.clientIds) await attack(byLabel('GET /vehicles?clientId='), clientId, 'mechanic');
    });

    it('looking up a VIN that only workshop A has finds nothing in workshop B', async () => {
      for (const vin of victim.vins) {
        await attack(byLabel('GET /vehicles?vin='), vin, 'mechanic');
        await attack(byLabel('GET /vehicles?vin='), vin.toLowerCase(), 'owner');
      }
    });

    it("looking up workshop A's plates finds nothing in workshop B", async () => {
      for (const plate of victim.plates) {
        await attack(byLabel('GET /vehicles?plate='), plate, 'mechanic');
        await attack(byLabel('GET /vehicles?plate='), plate.replace(' ', '-').toLowerCase(), 'owner');
      }
    });

    it("the owner and the manager of workshop B find no audit event about workshop A's clients or vehicles", async () => {
      for (const role of ['owner', 'manager'] as const) {
        for (const id of victim.clientIds) await attack(byLabel('GET /audit-events?entityId= (client)'), id, role);
        for (const id of victim.vehicleIds) await attack(byLabel('GET /audit-events?entityId= (vehicle)'), id, role);
      }
      const all = await api.request<Page>('GET', '/api/v1/audit-events?limit=100', { token: owner.accessToken });
      expect(all.status).toBe(200);
      expect(all.body.total).toBeGreaterThan(0); // B's own events are there: the filter is not vacuous
      expectNoLeak(all, '/api/v1/audit-events', 'GET /audit-events as owner');
    });

    it("workshop B's client, vehicle and recently-opened lists contain none of workshop A's ids", async () => {
      for (const role of ['owner', 'manager', 'mechanic'] as const) {
        for (const url of ['/api/v1/clients?limit=100', '/api/v1/vehicles?limit=100']) {
          const response = await api.request<Page>('GET', url, { token: tokenOf(role) });
          expect(response.status).toBe(200);
          expect(response.body.items.length).toBeGreaterThan(0); // B's own client and vehicle
          const ids = response.body.items.map((item) => item.id);
          expect(ids.filter((id) => [...victim.clientIds, ...victim.vehicleIds].includes(id))).toEqual([]);
          expectNoLeak(response, url, `GET ${url} as ${role}`);
        }
        const recent = await api.request('GET', '/api/v1/vehicles/recent', { token: tokenOf(role) });
        expect(recent.status).toBe(200);
        expectNoLeak(recent, '/api/v1/vehicles/recent', `GET /vehicles/recent as ${role}`);
      }
    });
  });

  describe('generated attacks', () => {
    it(`${GENERATED_RUNS} generated attacks (routes x A's ids or random ids x roles x bodies) are all refused without leaking`, async () => {
      const roles = fc.constantFrom<Role>('owner', 'manager', 'mechanic');
      const attackArb = fc.constantFrom(...PATH_ATTACKS, ...OTHER_ATTACKS).chain((route) =>
        fc.record({
          route: fc.constant(route),
          id: targetArb(route.target),
          role: roles,
          extra: extraArb(route),
        }),
      );
      await fc.assert(
        fc.asyncProperty(attackArb, async ({ route, id, role, extra }) => {
          attempts += 1;
          await attack(route, id, role, extra);
        }),
        { numRuns: GENERATED_RUNS },
      );
      expect(attempts).toBeGreaterThanOrEqual(500);
      expect(await vehicleRow(owner.tenantId, ctx.ownVehicleId)).toEqual(ownVehicleBefore);
      expect(await clientRow(owner.tenantId, ctx.ownSpareClientId)).toEqual(ownSpareBefore);
      // 600 requests: on a loaded two-core CI machine that is more than jest's default minute.
    }, 240_000);
  });

  /** One of A's ids of the right kind (mostly), any of A's ids, or a random v4 UUID. */
  function targetArb(target: Attack['target']): fc.Arbitrary<string> {
    switch (target) {
      case 'client':
      case 'vehicle':
        return fc.oneof(
          { arbitrary: fc.constantFrom(...idsOf(target)), weight: 4 },
          {
            arbitrary: fc.constantFrom(
              ...victim.clientIds,
              ...victim.vehicleIds,
              victim.workshop.tenantId,
              victim.workshop.userId,
            ),
            weight: 1,
          },
          { arbitrary: fc.uuid({ version: 4 }), weight: 1 },
        );
      case 'vin':
        return fc.oneof(
          { arbitrary: fc.constantFrom(...victim.vins), weight: 3 },
          { arbitrary: fc.constantFrom(...victim.vins.map((vin) => vin.toLowerCase())), weight: 1 },
          { arbitrary: fc.integer({ min: 0, max: 899_999 }).map(vinOf), weight: 1 }, // B's own VIN is 9xxxxx
        );
      case 'plate':
        return fc.oneof(
          { arbitrary: fc.constantFrom(...victim.plates), weight: 3 },
          {
            arbitrary: fc.constantFrom(...victim.plates.map((plate) => plate.replace(' ', '-').toLowerCase())),
            weight: 1,
          },
        );
    }
  }

  /** Well-formed generated fields for the route's body, so the request gets past validation to the lookup. */
  function extraArb(route: Attack): fc.Arbitrary<Json | undefined> {
    switch (route.extra) {
      case undefined:
        return fc.constant(undefined);
      case 'client-patch':
        return clientPatchArb;
      case 'vehicle-patch':
        return fc.record(
          {
            ...vehiclePatchFields,
            clientId: fc.oneof(
              fc.constantFrom(...victim.clientIds),
              fc.constant(ctx.ownClientId),
              fc.uuid({ version: 4 }),
            ),
          },
          { requiredKeys: [] },
        );
      case 'vehicle-move':
        return fc.record(vehiclePatchFields, { requiredKeys: [] });
      case 'vehicle-create':
        return fc.record(vehicleCreateFields, { requiredKeys: ['make', 'model'] });
    }
  }

  describe('afterwards', () => {
    it("registering workshop A's VIN in workshop B succeeds: VIN uniqueness reveals nothing about A", async () => {
      const vin = victim.vins[0]!;
      const response = await api.request<{ id: string; vinTail: string }>('POST', '/api/v1/vehicles', {
        token: mechanic.accessToken,
        body: { clientId: ctx.ownClientId, vin, make: 'Opel', model: 'Astra' },
      });
      expect(response.status).toBe(201);
      expect(response.body.vinTail).toBe(vin.slice(-6));
      const removed = await api.request('DELETE', `/api/v1/vehicles/${response.body.id}`, {
        token: owner.accessToken,
      });
      expect(removed.status).toBe(204);
    });

    it("workshop A's clients, vehicles, visits and audit trail are exactly as they were before the attacks", async () => {
      const after = await snapshot(victim.workshop.tenantId);
      expect(after.clients).toEqual(before.clients);
      expect(after.vehicles).toEqual(before.vehicles);
      expect(after.visits).toEqual(before.visits);
      expect(after.auditEvents).toEqual(before.auditEvents);
      expect(after.auditCount).toBe(before.auditCount);
    });

    it("workshop B recorded no audit event and no visit about any of workshop A's objects", async () => {
      const ids = [...victim.clientIds, ...victim.vehicleIds];
      const traces = await withAdminClient(async (client) => ({
        events: (
          await client.query('select * from audit_events where tenant_id = $1 and entity_id = any($2)', [
            owner.tenantId,
            ids,
          ])
        ).rows,
        visits: (
          await client.query(
            'select * from vehicle_visits where (tenant_id = $1 and vehicle_id = any($2)) or (tenant_id = $3 and user_id = any($4))',
            [
              owner.tenantId,
              victim.vehicleIds,
              victim.workshop.tenantId,
              [owner.userId, manager.userId, mechanic.userId],
            ],
          )
        ).rows,
      }));
      expect(traces).toEqual({ events: [], visits: [] });
    });

    it("the API's log never carries workshop A's VINs or PESEL, and no attack ended in a 5xx", () => {
      expect(api.logLines.length).toBeGreaterThan(attempts);
      const sensitive = [...victim.vins, PESEL];
      const leaking = api.logLines.filter((line) => sensitive.some((secret) => line.includes(secret)));
      expect(leaking).toEqual([]);
      const failures = api.logLines.filter((line) => {
        const parsed = JSON.parse(line) as { level?: string; status?: number };
        return parsed.level === 'error' || parsed.level === 'fatal' || (parsed.status ?? 0) >= 500;
      });
      expect(failures).toEqual([]);
    });
  });

  function idsOf(target: Attack['target']): string[] {
    switch (target) {
      case 'client':
        return victim.clientIds;
      case 'vehicle':
        return victim.vehicleIds;
      case 'vin':
        return victim.vins;
      case 'plate':
        return victim.plates;
    }
  }
});

/** A PATCH /clients body: any subset of valid fields. */
const textArb = (maxLength: number) =>
  fc
    .oneof(
      fc.string({ minLength: 1, maxLength }),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: Math.min(8, maxLength) }),
    )
    .filter((value) => value.trim().length > 0);

const clientPatchArb = fc.record(
  {
    firstName: textArb(100),
    lastName: textArb(100),
    email: fc.oneof(
      fc.constant(null),
      fc.stringMatching(/^[a-z0-9]{1,20}$/).map((local) => `${local}@example.test`),
    ),
    phone: fc.oneof(
      fc.constant(null),
      fc.integer({ min: 0, max: 999 }).map((n) => `+48 601 234 ${n}`),
    ),
    nationalId: fc.oneof(fc.constant(null), fc.constant(PESEL)),
    notes: fc.oneof(fc.constant(null), fc.string({ maxLength: 200 })),
    gdprConsent: fc.boolean(),
  },
  { requiredKeys: [] },
);

const vehiclePatchFields = {
  vin: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 999_999 }).map(vinOf)),
  plate: fc.oneof(fc.constant(null), fc.stringMatching(/^[A-Z]{2} [0-9]{3,5}$/)),
  make: textArb(60),
  model: textArb(60),
  year: fc.oneof(fc.constant(null), fc.integer({ min: 1900, max: new Date().getUTCFullYear() })),
  engine: fc.oneof(fc.constant(null), fc.string({ maxLength: 60 })),
  fuelType: fc.oneof(fc.constant(null), fc.constantFrom(...FUEL_TYPES)),
  mileageKm: fc.integer({ min: 0, max: 5_000_000 }),
  mileageOverride: fc.boolean(),
};

const { mileageOverride: _notOnCreate, ...vehicleCreateFields } = vehiclePatchFields;

/** Workshop A: three clients (one with a PESEL), two vehicles each, all with VINs and plates. */
async function seedVictim(api: TestApi): Promise<Victim> {
  const workshop = await api.signupWorkshop('Victim Garage');
  const suffix = randomBytes(3).toString('hex');
  const serialBase = randomInt(0, 899_000);
  const victim: Victim = { workshop, clientIds: [], vehicleIds: [], vins: [], plates: [], secrets: [], names: [] };
  const names = ['Zenobia', 'Wojciech', 'Kunegunda'];
  for (const [index, name] of names.entries()) {
    const client = await api.request<{ id: string; firstName: string; lastName: string; phone: string }>(
      'POST',
      '/api/v1/clients',
      {
        token: workshop.accessToken,
        body: {
          firstName: `${name}${suffix}`,
          lastName: `Victimska${suffix}${index}`,
          email: `victim-${suffix}-${index}@example.test`,
          phone: `+48 601 234 5${index}${index}`,
          notes: `Secret notes of ${name} ${suffix}`,
          ...(index === 0 ? { nationalId: PESEL } : {}),
          gdprConsent: true,
        },
      },
    );
    if (client.status !== 201) throw new Error(`client create failed: ${client.status} ${client.text}`);
    victim.clientIds.push(client.body.id);
    victim.names.push({
      firstName: client.body.firstName,
      lastName: client.body.lastName,
      email: `victim-${suffix}-${index}@example.test`,
      phone: client.body.phone,
    });
    victim.secrets.push(
      client.body.firstName,
      client.body.lastName,
      client.body.phone,
      `victim-${suffix}-${index}@example.test`,
      `Secret notes of ${name} ${suffix}`,
    );
    for (const car of [0, 1]) {
      const vin = vinOf(serialBase + index * 10 + car);
      const plate = `KR ${suffix.toUpperCase().replace(/[^A-Z0-9]/g, '')}${index}${car}`;
      const vehicle = await api.request<{ id: string }>('POST', '/api/v1/vehicles', {
        token: workshop.accessToken,
        body: {
          clientId: client.body.id,
          vin,
          plate,
          make: 'Volkswagen',
          model: `Golf${suffix}${index}${car}`,
          year: 2014,
          mileageKm: 150_000 + index * 1000 + car,
        },
      });
      if (vehicle.status !== 201) throw new Error(`vehicle create failed: ${vehicle.status} ${vehicle.text}`);
      victim.vehicleIds.push(vehicle.body.id);
      victim.vins.push(vin);
      victim.plates.push(plate);
      victim.secrets.push(vin, plate, plate.replace(' ', ''), `Golf${suffix}${index}${car}`);
    }
  }
  victim.secrets.push(
    ...victim.clientIds,
    ...victim.vehicleIds,
    PESEL,
    workshop.tenantId,
    workshop.userId,
    workshop.slug,
    workshop.email,
  );
  return victim;
}

async function snapshot(tenantId: string): Promise<Snapshot> {
  return withAdminClient(async (client) => {
    const rows = async (sql: string) => (await client.query<Json>(sql, [tenantId])).rows;
    const count = await client.query<{ n: number }>(
      'select count(*)::int as n from audit_events where tenant_id = $1',
      [tenantId],
    );
    return {
      clients: await rows('select * from clients where tenant_id = $1 order by id'),
      vehicles: await rows('select * from vehicles where tenant_id = $1 order by id'),
      visits: await rows('select * from vehicle_visits where tenant_id = $1 order by user_id, vehicle_id'),
      mileageReadings: await rows('select * from vehicle_mileage_readings where tenant_id = $1 order by id'),
      auditEvents: await rows('select * from audit_events where tenant_id = $1 order by id'),
      auditCount: count.rows[0]!.n,
    };
  });
}

async function vehicleRow(tenantId: string, id: string): Promise<Json> {
  return withAdminClient(async (client) => {
    const result = await client.query<Json>('select * from vehicles where tenant_id = $1 and id = $2', [tenantId, id]);
    return result.rows[0]!;
  });
}

async function clientRow(tenantId: string, id: string): Promise<Json> {
  return withAdminClient(async (client) => {
    const result = await client.query<Json>('select * from clients where tenant_id = $1 and id = $2', [tenantId, id]);
    return result.rows[0]!;
  });
}
