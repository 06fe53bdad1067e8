import { europeanVin, PESELS } from '../../../test/support/garage-fixtures';
import { TestApi, withAdminClient, Workshop } from '../../../test/support/test-api';

interface VehicleBody {
  id: string;
  clientId: string;
  vinTail: string | null;
}

describe('VIN and national id at rest', () => {
  let api: TestApi;
  let a: Workshop;
  let b: Workshop;
  const sharedVin = europeanVin();
  const secrets: string[] = [sharedVin, ...PESELS];

  beforeAll(async () => {
    api = await TestApi.start();
    a = await api.signupWorkshop('Crypt A');
    b = await api.signupWorkshop('Crypt B');
  });

  afterAll(async () => {
    const log = api.logLines.join('\n');
    for (const secret of secrets) expect(log).not.toContain(secret);
    await api.close();
  });

  async function vehicleIn(workshop: Workshop, vin: string, nationalId?: string): Promise<VehicleBody> {
    const response = await api.request<VehicleBody>('POST', '/api/v1/vehicles', {
      token: workshop.accessToken,
      body: { client: { firstName: 'Ida', lastName: 'Ident', nationalId }, vin, make: 'Skoda', model: 'Octavia' },
    });
    if (response.status !== 201) throw new Error(`vehicle create failed: ${response.status} ${response.text}`);
    return response.body;
  }

  it('stores no plaintext VIN or national id anywhere in the database', async () => {
    await vehicleIn(a, sharedVin, PESELS[0]);
    await vehicleIn(b, sharedVin, PESELS[1]);
    const dump = await withAdminClient(async (client) => {
      const tables = await client.query<{ name: string }>(
        `select tablename as name from pg_tables where schemaname = 'public' order by 1`,
      );
      const rows: string[] = [];
      for (const { name } of tables.rows) {
        const result = await client.query<{ row: string }>(`select t::text as row from ${name} t`);
        rows.push(...result.rows.map((r) => r.row));
      }
      return rows.join('\n');
    });
    expect(dump.length).toBeGreaterThan(1000);
    for (const secret of [sharedVin, ...PESELS]) {
      expect(dump).not.toContain(secret);
      // Nor as the hex of its bytes, which is how a bytea column prints.
      expect(dump).not.toContain(Buffer.from(secret).toString('hex'));
    }
  });

  it('gives identical VINs in two workshops unrelated ciphertexts and blind indexes', async () => {
    const rows = await withAdminClient(async (client) => {
      const result = await client.query<{
        tenant_id: string;
        vin_ciphertext: Buffer;
        vin_index: Buffer;
        vin_last6_index: Buffer;
      }>(`select tenant_id, vin_ciphertext, vin_index, vin_last6_index from vehicles where tenant_id = any($1)`, [
        [a.tenantId, b.tenantId],
      ]);
      return result.rows;
    });
    const inA = rows.find((r) => r.tenant_id === a.tenantId)!;
    const inB = rows.find((r) => r.tenant_id === b.tenantId)!;
    expect(inA.vin_ciphertext.equals(inB.vin_ciphertext)).toBe(false);
    expect(inA.vin_index.equals(inB.vin_index)).toBe(false);
    expect(inA.vin_last6_index.equals(inB.vin_last6_index)).toBe(false);
    expect(inA.vin_ciphertext.subarray(1, 13).equals(inB.vin_ciphertext.subarray(1, 13))).toBe(false);
  });

  it('gives VINs sharing their last 6 characters one tail index inside a workshop, and only there', async () => {
    const tail = rememberVin().slice(-6);
    const golf = `WVWZZZ1JZXW${tail}`;
    const audi = `WAUZZZ8PZXA${tail}`;
    secrets.push(golf, audi);
    const first = await vehicleIn(a, golf);
    const second = await vehicleIn(a, audi);
    const third = await vehicleIn(b, golf);
    const rows = await withAdminClient((client) =>
      client.query<{ id: string; vin_index: Buffer; vin_last6_index: Buffer }>(
        'select id, vin_index, vin_last6_index from vehicles where id = any($1)',
        [[first.id, second.id, third.id]],
      ),
    );
    const byId = new Map(rows.rows.map((row) => [row.id, row]));
    expect(byId.get(first.id)!.vin_last6_index.equals(byId.get(second.id)!.vin_last6_index)).toBe(true);
    expect(byId.get(first.id)!.vin_index.equals(byId.get(second.id)!.vin_index)).toBe(false);
    expect(byId.get(first.id)!.vin_last6_index.equals(byId.get(third.id)!.vin_last6_index)).toBe(false);
  });

  describe('tampering', () => {
    async function expectUndecryptable(url: string, token: string, rowId: string): Promise<void> {
      const response = await api.request('GET', url, { token });
      expect(response.status).toBe(500);
      expect(String(response.headers['content-type'])).toContain('application/problem+json');
      const errorId = response.body.errorId as string;
      expect(errorId).toMatch(/^[0-9a-f-]{36}$/);
      for (const secret of secrets) expect(response.text).not.toContain(secret);
      const line = api.logLines.find((l) => l.includes(errorId) && l.includes('unexpected error'));
      expect(line).toBeDefined();
      expect(line).toContain(rowId);
      for (const secret of secrets) expect(line).not.toContain(secret);
    }

    it('a VIN ciphertext copied to another row fails authentication and is never shown', async () => {
      const source = await vehicleIn(a, rememberVin());
      const target = await vehicleIn(a, rememberVin());
      await withAdminClient((client) =>
        client.query(
          `update vehicles set vin_ciphertext = (select vin_ciphertext from vehicles where id = $1) where id = $2`,
          [source.id, target.id],
        ),
      );
      await expectUndecryptable(`/api/v1/vehicles/${target.id}`, a.accessToken, target.id);
    });

    it("a ciphertext copied to another column (a VIN into a client's national id) fails", async () => {
      const vehicle = await vehicleIn(a, rememberVin(), PESELS[0]);
      await withAdminClient((client) =>
        client.query(
          `update clients set national_id_ciphertext = (select vin_ciphertext from vehicles where id = $1) where id = $2`,
          [vehicle.id, vehicle.clientId],
        ),
      );
      await expectUndecryptable(`/api/v1/clients/${vehicle.clientId}`, a.accessToken, vehicle.clientId);
    });

    it("a ciphertext copied into another workshop's row fails", async () => {
      const inA = await vehicleIn(a, rememberVin());
      const inB = await vehicleIn(b, rememberVin());
      await withAdminClient((client) =>
        client.query(
          `update vehicles set vin_ciphertext = (select vin_ciphertext from vehicles where id = $1) where id = $2`,
          [inA.id, inB.id],
        ),
      );
      await expectUndecryptable(`/api/v1/vehicles/${inB.id}`, b.accessToken, inB.id);
    });

    it('a flipped bit in a ciphertext fails', async () => {
      const vehicle = await vehicleIn(a, rememberVin());
      await withAdminClient((client) =>
        client.query(
          `update vehicles set vin_ciphertext = set_byte(vin_ciphertext, 20, get_byte(vin_ciphertext, 20) # 1) where id = $1`,
          [vehicle.id],
        ),
      );
      await expectUndecryptable(`/api/v1/vehicles/${vehicle.id}`, a.accessToken, vehicle.id);
    });
  });

  function rememberVin(): string {
    const vin = europeanVin();
    secrets.push(vin);
    return vin;
  }
});
