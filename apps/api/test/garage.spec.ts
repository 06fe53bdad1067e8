import { europeanVin, NORTH_AMERICAN_VIN, PESELS } from '../../../test/support/garage-fixtures';
import { TestApi, withAdminClient, Workshop } from '../../../test/support/test-api';

interface ClientBody {
  id: string;
  firstName: string;
  lastName: string;
  phone: string | null;
  nationalId?: string | null;
  hasNationalId: boolean;
}
interface VehicleBody {
  id: string;
  clientId: string | null;
  vinTail: string | null;
  vinCheckDigit: string | null;
  plate: string | null;
  mileageKm: number | null;
}
interface PageBody<T> {
  items: T[];
  total: number;
}

describe('garage: clients and vehicles', () => {
  let api: TestApi;
  let workshop: Workshop;
  let mechanic: Workshop;
  const fixtureSecrets: string[] = [...PESELS];

  beforeAll(async () => {
    api = await TestApi.start();
    workshop = await api.signupWorkshop('Garage Garage');
    mechanic = await api.addStaff(workshop, 'mechanic');
  });

  afterAll(async () => {
    // Nothing the suite sent as a VIN or national id may appear in any log line.
    const log = api.logLines.join('\n');
    for (const secret of fixtureSecrets) expect(log).not.toContain(secret);
    await api.close();
  });

  const post = <T = Record<string, unknown>>(url: string, body: unknown, token = workshop.accessToken) =>
    api.request<T>('POST', `/api/v1${url}`, { token, body });
  const patch = <T = Record<string, unknown>>(url: string, body: unknown, token = workshop.accessToken) =>
    api.request<T>('PATCH', `/api/v1${url}`, { token, body });
  const get = <T = Record<string, unknown>>(url: string, token = workshop.accessToken) =>
    api.request<T>('GET', `/api/v1${url}`, { token });

  /** The vehicle as created, with the VIN it was created with (responses mask it). */
  async function newVehicle(extra: Record<string, unknown> = {}): Promise<VehicleBody & { sentVin: string }> {
    const vin = europeanVin();
    fixtureSecrets.push(vin);
    const response = await post<VehicleBody>('/vehicles', {
      client: { firstName: 'Anna', lastName: 'Kowalska', phone: '601 234 567' },
      vin,
      plate: 'WA 12345',
      make: 'Volkswagen',
      model: 'Golf',
      year: 2014,
      mileageKm: 150_000,
      ...extra,
    });
    expect(response.status).toBe(201);
    return { ...response.body, sentVin: typeof extra.vin === 'string' ? extra.vin : vin };
  }

  const revealVin = (id: string, token = workshop.accessToken) =>
    get<{ vin: string | null; vinCheckDigit: string | null }>(`/vehicles/${id}/vin`, token);
  const auditActions = async (entityId: string) =>
    (await get<PageBody<{ action: string; actorUserId: string | null }>>(`/audit-events?entityId=${entityId}`)).body
      .items;

  async function rowCounts(): Promise<{ clients: number; vehicles: number }> {
    return withAdminClient(async (client) => {
      const result = await client.query<{ clients: number; vehicles: number }>(
        `select (select count(*) from clients where tenant_id = $1)::int as clients,
                (select count(*) from vehicles where tenant_id = $1)::int as vehicles`,
        [workshop.tenantId],
      );
      return result.rows[0]!;
    });
  }

  describe('clients', () => {
    it('creates a client with the phone in E.164 and the national id encrypted, readable by the owner', async () => {
      const response = await post<ClientBody>('/clients', {
        firstName: 'Łukasz',
        lastName: 'Nowak',
        phone: '+48 601-234-567',
        email: 'lukasz@example.test',
        nationalId: PESELS[0],
        gdprConsent: true,
      });
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        firstName: 'Łukasz',
        phone: '+48601234567',
        nationalId: PESELS[0],
        hasNationalId: true,
      });
      const asMechanic = await get<ClientBody>(`/clients/${response.body.id}`, mechanic.accessToken);
      expect(asMechanic.status).toBe(200);
      expect(asMechanic.body.hasNationalId).toBe(true);
      expect(asMechanic.body).not.toHaveProperty('nationalId');
    });

    it('refuses invalid input with 400 naming the field, and writes nothing', async () => {
      const before = await rowCounts();
      const cases: [Record<string, unknown>, string][] = [
        [{ firstName: 'A', lastName: 'B', nationalId: '44051401358' }, 'nationalId'],
        [{ firstName: 'A', lastName: 'B', nationalId: '44133101350' }, 'nationalId'],
        [{ firstName: 'A', lastName: 'B', phone: '12' }, 'phone'],
        [{ firstName: 'A', lastName: 'B', email: 'not-an-email' }, 'email'],
        [{ firstName: '', lastName: 'B' }, 'firstName'],
        [{ firstName: 'A', lastName: 'B', tenantId: workshop.tenantId }, 'tenantId'],
      ];
      for (const [body, field] of cases) {
        const response = await post('/clients', body);
        expect({ field, status: response.status }).toEqual({ field, status: 400 });
        expect(String(response.headers['content-type'])).toContain('application/problem+json');
        expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
        expect(response.text).not.toContain('44051401358');
      }
      expect(await rowCounts()).toEqual(before);
    });

    it('updates fields, clears optional ones with null, and audits the field names only', async () => {
      const created = await post<ClientBody>('/clients', { firstName: 'Ewa', lastName: 'Lis', nationalId: PESELS[1] });
      const updated = await patch<ClientBody>(`/clients/${created.body.id}`, {
        lastName: 'Lisowska',
        nationalId: null,
        phone: '602 000 111',
      });
      expect(updated.status).toBe(200);
      expect(updated.body).toMatchObject({
        lastName: 'Lisowska',
        hasNationalId: false,
        nationalId: null,
        phone: '+48602000111',
      });
      const audit = await get<PageBody<{ action: string; changedFields: string[] }>>(
        `/audit-events?entityId=${created.body.id}`,
      );
      expect(audit.body.items.map((e) => e.action)).toEqual(['client.updated', 'client.created']);
      expect(audit.body.items[0]!.changedFields).toEqual(['lastName', 'nationalId', 'phone']);
      expect(audit.text).not.toContain(PESELS[1]);
      expect(audit.text).not.toContain('Lisowska');
    });

    it('mechanics may not read the audit trail', async () => {
      expect((await get('/audit-events', mechanic.accessToken)).status).toBe(403);
    });

    it('lists clients paginated and sorted', async () => {
      const page = await get<PageBody<ClientBody> & { limit: number }>('/clients?limit=2&sort=-createdAt');
      expect(page.status).toBe(200);
      expect(page.body.items).toHaveLength(2);
      expect(page.body.total).toBeGreaterThanOrEqual(2);
    });
  });

  describe('vehicles', () => {
    it('creates a vehicle together with a new client in one transaction', async () => {
      const vehicle = await newVehicle();
      expect(vehicle).toMatchObject({ plate: 'WA 12345', mileageKm: 150_000, vinCheckDigit: 'not_applicable' });
      const client = await get<ClientBody>(`/clients/${vehicle.clientId}`);
      expect(client.body).toMatchObject({ firstName: 'Anna', phone: '+48601234567' });
    });

    it('writes neither vehicle nor client when the new client is invalid', async () => {
      const before = await rowCounts();
      const response = await post('/vehicles', {
        client: { firstName: 'Bad', lastName: 'Phone', phone: 'call me maybe' },
        make: 'Fiat',
        model: 'Panda',
      });
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([expect.objectContaining({ field: 'client.phone' })]);
      expect(await rowCounts()).toEqual(before);
    });

    it('refuses invalid VINs, years and unknown fields with 400 naming the field, writing nothing', async () => {
      const before = await rowCounts();
      const [{ id: clientId }] = (await get<PageBody<ClientBody>>('/clients?limit=1')).body.items as [ClientBody];
      const cases: [Record<string, unknown>, string][] = [
        [{ vin: 'WVWZZZ1JZXW00000' }, 'vin'],
        [{ vin: 'WVWZZZ1JZXW0000O1' }, 'vin'],
        [{ vin: 'WVWZZZIJZXW000001' }, 'vin'],
        [{ vin: '1M8GDM9A1KP042788' }, 'vin'],
        [{ year: 1899 }, 'year'],
        [{ year: new Date().getUTCFullYear() + 2 }, 'year'],
        [{ year: 2010.5 }, 'year'],
        [{ mileageKm: -1 }, 'mileageKm'],
        [{ fuelType: 'steam' }, 'fuelType'],
        [{ color: 'red' }, 'color'],
        [{ clientId: 'not-a-uuid' }, 'clientId'],
      ];
      for (const [extra, field] of cases) {
        const response = await post('/vehicles', { clientId, make: 'Fiat', model: 'Punto', ...extra });
        expect({ field, status: response.status }).toEqual({ field, status: 400 });
        expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
      }
      expect(await rowCounts()).toEqual(before);
    });

    it('accepts a North American VIN with a correct check digit', async () => {
      const vehicle = await newVehicle({ vin: NORTH_AMERICAN_VIN });
      expect(vehicle).toMatchObject({ vinTail: NORTH_AMERICAN_VIN.slice(-6), vinCheckDigit: 'valid' });
      expect((await revealVin(vehicle.id)).body).toEqual({ vin: NORTH_AMERICAN_VIN, vinCheckDigit: 'valid' });
    });

    it('normalises the VIN as typed', async () => {
      const vin = europeanVin();
      fixtureSecrets.push(vin);
      const typed = `${vin.slice(0, 3).toLowerCase()}-${vin.slice(3, 9)} ${vin.slice(9)}`;
      const vehicle = await newVehicle({ vin: typed });
      expect(vehicle.vinTail).toBe(vin.slice(-6));
      expect((await revealVin(vehicle.id)).body.vin).toBe(vin);
    });

    it('answers 409 for a VIN already in the workshop; the same VIN in another workshop is fine', async () => {
      const first = await newVehicle();
      const again = await post('/vehicles', {
        clientId: first.clientId,
        vin: first.sentVin,
        make: 'VW',
        model: 'Polo',
      });
      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({ type: expect.stringContaining('duplicate-vin') });
      expect(again.text).not.toContain(first.sentVin);

      const other = await api.signupWorkshop('Other VIN Garage');
      const elsewhere = await post<VehicleBody>(
        '/vehicles',
        { client: { firstName: 'O', lastName: 'W' }, vin: first.sentVin, make: 'VW', model: 'Golf' },
        other.accessToken,
      );
      expect(elsewhere.status).toBe(201);
    });

    it('finds a vehicle by exact VIN and by plate, ignoring case, spaces and dashes', async () => {
      const vehicle = await newVehicle({ plate: 'KR-9X 123' });
      const byVin = await get<PageBody<VehicleBody>>(`/vehicles?vin=${vehicle.sentVin.toLowerCase()}`);
      expect(byVin.body.items.map((v) => v.id)).toEqual([vehicle.id]);
      const byPlate = await get<PageBody<VehicleBody>>('/vehicles?plate=kr9x123');
      expect(byPlate.body.items.map((v) => v.id)).toContain(vehicle.id);
      const none = await get<PageBody<VehicleBody>>(`/vehicles?vin=${europeanVin()}`);
      expect(none.body).toMatchObject({ items: [], total: 0 });
      expect((await get('/vehicles?vin=TOO-SHORT')).status).toBe(400);
    });

    it('refuses a lower mileage unless explicitly overridden', async () => {
      const vehicle = await newVehicle();
      const lower = await patch(`/vehicles/${vehicle.id}`, { mileageKm: 149_000 });
      expect(lower.status).toBe(400);
      expect(lower.body.errors).toEqual([expect.objectContaining({ field: 'mileageKm' })]);
      const higher = await patch<VehicleBody>(`/vehicles/${vehicle.id}`, { mileageKm: 151_000 });
      expect(higher.body.mileageKm).toBe(151_000);
      const corrected = await patch<VehicleBody>(`/vehicles/${vehicle.id}`, {
        mileageKm: 15_100,
        mileageOverride: true,
      });
      expect(corrected.body.mileageKm).toBe(15_100);
    });

    it('moves a vehicle to another client of the workshop, and 404s for an unknown client', async () => {
      const vehicle = await newVehicle();
      const newOwner = await post<ClientBody>('/clients', { firstName: 'Jan', lastName: 'Nowy' });
      const moved = await patch<VehicleBody>(`/vehicles/${vehicle.id}`, { clientId: newOwner.body.id });
      expect(moved.body.clientId).toBe(newOwner.body.id);
      const nowhere = await patch(`/vehicles/${vehicle.id}`, { clientId: '00000000-0000-4000-8000-000000000000' });
      expect(nowhere.status).toBe(404);
    });

    it("keeps each person's recently opened vehicles, newest first", async () => {
      const first = await newVehicle();
      const second = await newVehicle();
      await get(`/vehicles/${first.id}`, mechanic.accessToken);
      await get(`/vehicles/${second.id}`, mechanic.accessToken);
      await get(`/vehicles/${first.id}`, mechanic.accessToken);
      const recent = await get<VehicleBody[]>('/vehicles/recent', mechanic.accessToken);
      expect(recent.body.map((v) => v.id).slice(0, 2)).toEqual([first.id, second.id]);
      const ownerRecent = await get<VehicleBody[]>('/vehicles/recent');
      expect(ownerRecent.body[0]!.id).not.toBe(first.id);
    });
  });

  describe('the VIN: masked in every read, revealed only through the audited call', () => {
    it('no vehicle response carries the full VIN, only its last 6 characters', async () => {
      const vehicle = await newVehicle({ plate: 'VIN 0001' });
      const { sentVin } = vehicle;
      const reads = [
        await get(`/vehicles/${vehicle.id}`),
        await get('/vehicles?limit=100'),
        await get('/vehicles?plate=VIN0001'),
        await get(`/vehicles?vin=${sentVin}`),
        await get('/vehicles/recent'),
        await get(`/clients/${vehicle.clientId}/vehicles`),
        await patch(`/vehicles/${vehicle.id}`, { engine: '1.6 TDI' }),
      ];
      for (const read of reads) {
        expect(read.status).toBe(200);
        expect(read.text).toContain(sentVin.slice(-6));
        expect(read.text).not.toContain(sentVin);
      }
      expect(JSON.stringify(vehicle)).not.toContain(`"vin":`);
    });

    it('reveals the full VIN to any staff member, recording who did in the audit trail', async () => {
      const vehicle = await newVehicle();
      const before = (await auditActions(vehicle.id)).filter((e) => e.action === 'vehicle.vin_revealed');
      expect(before).toEqual([]);
      const byOwner = await revealVin(vehicle.id);
      expect(byOwner.status).toBe(200);
      expect(byOwner.body).toEqual({ vin: vehicle.sentVin, vinCheckDigit: 'not_applicable' });
      expect(byOwner.headers['cache-control']).toBe('no-store');
      const byMechanic = await revealVin(vehicle.id, mechanic.accessToken);
      expect(byMechanic.body.vin).toBe(vehicle.sentVin);
      const reveals = (await auditActions(vehicle.id)).filter((e) => e.action === 'vehicle.vin_revealed');
      expect(reveals.map((e) => e.actorUserId).sort()).toEqual([workshop.userId, mechanic.userId].sort());
    });

    it('a vehicle without a VIN reveals null and records nothing', async () => {
      const vehicle = await newVehicle({ vin: null });
      expect(vehicle.vinTail).toBeNull();
      expect((await revealVin(vehicle.id)).body).toEqual({ vin: null, vinCheckDigit: null });
      expect((await auditActions(vehicle.id)).map((e) => e.action)).not.toContain('vehicle.vin_revealed');
    });

    it("another workshop's vehicle or an unknown id is a 404, and nothing is recorded", async () => {
      const vehicle = await newVehicle();
      const other = await api.signupWorkshop('Reveal Elsewhere Garage');
      const elsewhere = await revealVin(vehicle.id, other.accessToken);
      expect(elsewhere.status).toBe(404);
      expect(elsewhere.text).not.toContain(vehicle.sentVin);
      expect((await revealVin('00000000-0000-4000-8000-000000000000')).status).toBe(404);
      expect((await revealVin('not-a-uuid')).status).toBe(400);
      expect((await auditActions(vehicle.id)).map((e) => e.action)).not.toContain('vehicle.vin_revealed');
    });
  });

  describe('deleting', () => {
    it('refuses to delete a client with vehicles (409) unless cascade=true', async () => {
      const vehicle = await newVehicle();
      const refused = await api.request('DELETE', `/api/v1/clients/${vehicle.clientId}`, {
        token: workshop.accessToken,
      });
      expect(refused.status).toBe(409);
      const cascaded = await api.request('DELETE', `/api/v1/clients/${vehicle.clientId}?cascade=true`, {
        token: workshop.accessToken,
      });
      expect(cascaded.status).toBe(204);
      expect((await get(`/vehicles/${vehicle.id}`)).status).toBe(404);
      expect((await get(`/clients/${vehicle.clientId}`)).status).toBe(404);
    });

    it('mechanics may not delete', async () => {
      const vehicle = await newVehicle();
      expect(
        (await api.request('DELETE', `/api/v1/vehicles/${vehicle.id}`, { token: mechanic.accessToken })).status,
      ).toBe(403);
    });
  });

  describe('national ids and mechanics', () => {
    async function clientRow(id: string) {
      return withAdminClient(async (client) => {
        const result = await client.query('select * from clients where tenant_id = $1 and id = $2', [
          workshop.tenantId,
          id,
        ]);
        return result.rows[0] as Record<string, unknown>;
      });
    }

    it.each([
      ['sets a national id where none was', undefined, PESELS[0]],
      ['overwrites a national id they cannot read', PESELS[1], PESELS[0]],
      ['sends back the very national id on file (no oracle either)', PESELS[1], PESELS[1]],
      ['clears a national id they cannot read', PESELS[1], null],
    ])('a mechanic who %s gets 403 naming nationalId, and nothing changes', async (_rule, onFile, sent) => {
      const created = await post<ClientBody>('/clients', {
        firstName: 'Nina',
        lastName: 'Natid',
        ...(onFile ? { nationalId: onFile } : {}),
      });
      expect(created.status).toBe(201);
      const before = await clientRow(created.body.id);
      const response = await patch(
        `/clients/${created.body.id}`,
        { notes: 'mechanic was here', nationalId: sent },
        mechanic.accessToken,
      );
      expect(response.status).toBe(403);
      expect(response.body).toMatchObject({ errors: [{ field: 'nationalId' }] });
      expect(await clientRow(created.body.id)).toEqual(before);
      const audit = await get<PageBody<{ action: string }>>(`/audit-events?entityId=${created.body.id}`);
      expect(audit.body.items.map((event) => event.action)).toEqual(['client.created']);
    });

    it('a mechanic may not create a client with a national id, alone or with a vehicle (403, nothing written)', async () => {
      const before = await rowCounts();
      const alone = await post(
        '/clients',
        { firstName: 'Mia', lastName: 'Mech', nationalId: PESELS[0] },
        mechanic.accessToken,
      );
      expect(alone.status).toBe(403);
      expect(alone.body).toMatchObject({ errors: [{ field: 'nationalId' }] });
      const withVehicle = await post(
        '/vehicles',
        { client: { firstName: 'Mia', lastName: 'Mech', nationalId: PESELS[0] }, make: 'Fiat', model: 'Panda' },
        mechanic.accessToken,
      );
      expect(withVehicle.status).toBe(403);
      expect(withVehicle.body).toMatchObject({ errors: [{ field: 'client.nationalId' }] });
      expect(await rowCounts()).toEqual(before);
    });

    it('a mechanic still edits the other fields of a client with a national id', async () => {
      const created = await post<ClientBody>('/clients', {
        firstName: 'Olga',
        lastName: 'Other',
        nationalId: PESELS[1],
      });
      const response = await patch<ClientBody>(
        `/clients/${created.body.id}`,
        { notes: 'tyres in the boot' },
        mechanic.accessToken,
      );
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ hasNationalId: true });
      expect(response.body.nationalId).toBeUndefined();
    });
  });

  describe('duplicates and merging', () => {
    it('suggests the likely same person: e-mail over phone over name, never the client itself', async () => {
      const base = { firstName: 'Dora', lastName: 'Duplicat' };
      const original = await post<ClientBody>('/clients', {
        ...base,
        email: 'dora@example.test',
        phone: '601 111 222',
      });
      const byEmail = await post<ClientBody>('/clients', {
        firstName: 'D.',
        lastName: 'Else',
        email: 'DORA@example.test ',
      });
      const byPhone = await post<ClientBody>('/clients', {
        firstName: 'Someone',
        lastName: 'Else',
        phone: '+48601111222',
      });
      const byName = await post<ClientBody>('/clients', { firstName: ' dora', lastName: 'DUPLICAT' });
      await post('/clients', { firstName: 'Dora', lastName: 'Unrelated', email: 'other@example.test' });
      const response = await get<(ClientBody & { matchedOn: string[] })[]>(`/clients/${original.body.id}/duplicates`);
      expect(response.status).toBe(200);
      expect(response.body.map((client) => [client.id, client.matchedOn])).toEqual([
        [byEmail.body.id, ['email']],
        [byPhone.body.id, ['phone']],
        [byName.body.id, ['name']],
      ]);
      expect((await get(`/clients/${original.body.id}/duplicates`, mechanic.accessToken)).status).toBe(200);
    });

    it('merges a client into another: vehicles move, both are audited, the merged one is gone', async () => {
      const keep = await post<ClientBody>('/clients', {
        firstName: 'Kasia',
        lastName: 'Keep',
        email: 'kasia@example.test',
      });
      const vehicle = await newVehicle({
        client: { firstName: 'Kasia', lastName: 'Keep', email: 'kasia@example.test' },
      });
      const merged = await api.request<ClientBody>('POST', `/api/v1/clients/${vehicle.clientId}/merge`, {
        token: workshop.accessToken,
        body: { intoClientId: keep.body.id },
      });
      expect(merged.status).toBe(200);
      expect(merged.body).toMatchObject({ id: keep.body.id, firstName: 'Kasia' });
      expect((await get(`/clients/${vehicle.clientId}`)).status).toBe(404);
      expect((await get<VehicleBody>(`/vehicles/${vehicle.id}`)).body.clientId).toBe(keep.body.id);
      const events = async (id: string) =>
        (await get<PageBody<{ action: string }>>(`/audit-events?entityId=${id}`)).body.items.map((e) => e.action);
      expect(await events(keep.body.id)).toContain('client.merged');
      expect(await events(vehicle.clientId!)).toContain('client.merged_away');
      expect(await events(vehicle.id)).toContain('vehicle.updated');
    });

    it('refuses a merge into the same client (400), into an unknown one (404), and by a mechanic (403)', async () => {
      const a = await post<ClientBody>('/clients', { firstName: 'Ala', lastName: 'One' });
      const b = await post<ClientBody>('/clients', { firstName: 'Ala', lastName: 'Two' });
      const merge = (from: string, into: string, token = workshop.accessToken) =>
        api.request('POST', `/api/v1/clients/${from}/merge`, { token, body: { intoClientId: into } });
      expect((await merge(a.body.id, a.body.id)).status).toBe(400);
      expect((await merge(a.body.id, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
      expect((await merge(a.body.id, b.body.id, mechanic.accessToken)).status).toBe(403);
      expect((await get(`/clients/${a.body.id}`)).status).toBe(200);
      expect((await get(`/clients/${b.body.id}`)).status).toBe(200);
    });
  });

  describe('GDPR', () => {
    it('exports everything held about a client, decrypted, for the owner', async () => {
      const vehicle = await newVehicle({ client: { firstName: 'Greta', lastName: 'Export', nationalId: PESELS[0] } });
      const exported = await get<{
        client: ClientBody;
        vehicles: (VehicleBody & { vin: string | null })[];
        auditEvents: { action: string }[];
        controller: { workshopId: string };
      }>(`/clients/${vehicle.clientId}/export`);
      expect(exported.status).toBe(200);
      expect(exported.body.client).toMatchObject({ firstName: 'Greta', nationalId: PESELS[0] });
      expect(exported.body.vehicles).toEqual([
        expect.objectContaining({ id: vehicle.id, vin: vehicle.sentVin, vinTail: vehicle.sentVin.slice(-6) }),
      ]);
      expect(exported.body.auditEvents.map((e) => e.action)).toEqual(
        expect.arrayContaining(['client.created', 'vehicle.created', 'client.exported']),
      );
      expect(exported.body.controller.workshopId).toBe(workshop.tenantId);
      expect((await get(`/clients/${vehicle.clientId}/export`, mechanic.accessToken)).status).toBe(403);
    });

    it('erases a client and strips their vehicles of VIN, plate and owner, leaving an audit event', async () => {
      const vehicle = await newVehicle({ client: { firstName: 'Ernst', lastName: 'Erased', nationalId: PESELS[1] } });
      const erased = await api.request('DELETE', `/api/v1/clients/${vehicle.clientId}?erase=true`, {
        token: workshop.accessToken,
      });
      expect(erased.status).toBe(204);
      expect((await get(`/clients/${vehicle.clientId}`)).status).toBe(404);
      const car = await get<VehicleBody>(`/vehicles/${vehicle.id}`);
      expect(car.body).toMatchObject({
        clientId: null,
        vinTail: null,
        vinCheckDigit: null,
        plate: null,
        make: 'Volkswagen',
      });
      const raw = await withAdminClient((client) =>
        client.query('select vin_ciphertext, vin_index, vin_last6_index, plate from vehicles where id = $1', [
          vehicle.id,
        ]),
      );
      expect(raw.rows[0]).toEqual({ vin_ciphertext: null, vin_index: null, vin_last6_index: null, plate: null });
      const audit = await get<PageBody<{ action: string }>>(`/audit-events?entityId=${vehicle.clientId}`);
      expect(audit.body.items[0]!.action).toBe('client.erased');
    });
  });
});
