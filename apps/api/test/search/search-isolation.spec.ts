import { searchSynced } from '../../../../test/support/search-sync';
import { TestApi, Workshop } from '../../../../test/support/test-api';
import { testDatabase } from '../../../../test/support/test-config';
import { TestWorker } from '../../../../test/support/test-worker';
import { snapshotWorkshop } from '../bola-support';

interface SearchBody {
  items: { type: string; id: string; title: string; subtitle: string }[];
}

// A VIN with a valid North American check digit, so both workshops may store it.
const VIN = '1M8GDM9AXKP042788';

const TABLES = {
  search_documents: 'select * from search_documents where tenant_id = $1 order by entity_type, entity_id',
  clients: 'select * from clients where tenant_id = $1 order by id',
  vehicles: 'select * from vehicles where tenant_id = $1 order by id',
};

/**
 * Search between workshops with the same people and cars: the relay writes each workshop's
 * documents under its own name, and a search finds only the caller's. Runs twice in CI: as the
 * application role, and through a role that bypasses row-level security, where only the code's
 * own tenant conditions (outbox claim, projection writes, queries) keep the workshops apart.
 */
describe('search keeps workshops apart', () => {
  let api: TestApi;
  let worker: TestWorker;
  let victim: Workshop;
  let attacker: Workshop;
  const victimIds: string[] = [];
  let victimBefore: Awaited<ReturnType<typeof snapshotWorkshop>>;

  async function addVehicle(workshop: Workshop, lastName: string, plate: string, vin?: string): Promise<string> {
    const response = await api.request<{ id: string; clientId: string }>('POST', '/api/v1/vehicles', {
      token: workshop.accessToken,
      body: {
        client: { firstName: 'Łukasz', lastName, phone: '+48 601 234 567' },
        plate,
        ...(vin ? { vin } : {}),
        make: 'Kenworth',
        model: 'T680',
      },
    });
    if (response.status !== 201) throw new Error(`vehicle: ${response.status} ${response.text}`);
    return response.body.id;
  }

  const search = (workshop: Workshop, q: string) =>
    api.request<SearchBody>('GET', `/api/v1/search?q=${encodeURIComponent(q)}&limit=50`, {
      token: workshop.accessToken,
    });

  beforeAll(async () => {
    api = await TestApi.start();
    worker = await TestWorker.start();
    victim = await api.signupWorkshop('Victim Search Garage');
    attacker = await api.signupWorkshop('Attacker Search Garage');
    victimIds.push(await addVehicle(victim, 'Kowalski', 'WA 12345', VIN));
    // The attacker's own records change in the same relay rounds as the victim's.
    await addVehicle(attacker, 'Kowalsky', 'WA 12346', VIN);
    await searchSynced(worker, testDatabase.adminUrl(), [victim.tenantId, attacker.tenantId]);
    victimBefore = await snapshotWorkshop(victim.tenantId, TABLES);
  }, 60_000);

  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  it.each(['Kowalski', 'kowalsky', 'lukasz', 'WA12345', 'wa 123', '601 234', VIN, VIN.slice(-6)])(
    "finds none of the other workshop's records for %p",
    async (q) => {
      const response = await search(attacker, q);
      expect(response.status).toBe(200);
      expect(response.body.items.map((item) => item.id)).not.toEqual(expect.arrayContaining([victimIds[0]]));
      expect(response.text).not.toContain('WA 12345');
    },
  );

  it("still finds the caller's own records (the isolation is not an empty index)", async () => {
    const response = await search(victim, 'Kowalski');
    expect(response.body.items.map((item) => item.id)).toContain(victimIds[0]);
  });

  it("indexes each workshop's documents under that workshop only", async () => {
    const snapshot = await snapshotWorkshop(attacker.tenantId, TABLES);
    const attackerEntities = new Set([...snapshot.clients!, ...snapshot.vehicles!].map((row) => row.id));
    expect(snapshot.search_documents!.every((row) => attackerEntities.has(row.entity_id))).toBe(true);
    expect(snapshot.search_documents).toHaveLength(attackerEntities.size);
  });

  it("leaves the other workshop's records and documents exactly as they were after the attacker's edits", async () => {
    await addVehicle(attacker, 'Nowak', 'WA 99999');
    await searchSynced(worker, testDatabase.adminUrl(), [victim.tenantId, attacker.tenantId]);
    expect(await snapshotWorkshop(victim.tenantId, TABLES)).toEqual(victimBefore);
  });
});
