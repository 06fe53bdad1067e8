import { europeanVin, PESELS } from '../../../../test/support/garage-fixtures';
import { createIsolatedDatabase, IsolatedDatabase } from '../../../../test/support/isolated-database';
import { searchSynced } from '../../../../test/support/search-sync';
import { TestApi, Workshop } from '../../../../test/support/test-api';
import { testDatabase } from '../../../../test/support/test-config';
import { TestWorker } from '../../../../test/support/test-worker';

interface Item {
  type: 'client' | 'vehicle';
  id: string;
  title: string;
  subtitle: string;
  score: number;
}
interface Answer {
  items: Item[];
  tookMs: number;
}

/** One workshop's fixture: what was created, by role in the story. */
interface Seeded {
  readonly workshop: Workshop;
  readonly ids: Set<string>;
  readonly kowalski: { clientId: string; vehicleId: string; vin: string };
  readonly lukasz: { clientId: string; vehicleId: string };
  readonly soren: { clientId: string; vehicleId: string };
  readonly wisniewska: { clientId: string };
}

export interface ContractTarget {
  /** Printed in the suite's name. */
  readonly adapter: 'postgres' | 'elasticsearch';
  /** Configuration for API and worker; a database of its own when `isolated`. */
  readonly config: (database: IsolatedDatabase | undefined) => Record<string, string>;
  /** Elasticsearch shares nothing with the other suites' relays: it gets a database of its own. */
  readonly isolated: boolean;
  /** Every stored document of the tenants, serialised as the backend keeps it. */
  readonly rawDocuments: (database: IsolatedDatabase | undefined, tenantIds: readonly string[]) => Promise<string[]>;
}

/**
 * The search contract: what any adapter must answer, through the real API, with the relay in a
 * real worker moving changes from the outbox. Two workshops hold identical data.
 */
export function searchContract(target: ContractTarget): void {
  describe(`search contract (${target.adapter} adapter)`, () => {
    let database: IsolatedDatabase | undefined;
    let api: TestApi;
    let worker: TestWorker;
    let adminUrl: string;
    let a: Seeded;
    let b: Seeded;
    const secrets: string[] = [...PESELS];

    beforeAll(async () => {
      database = target.isolated ? await createIsolatedDatabase() : undefined;
      const config = target.config(database);
      adminUrl = database?.adminUrl ?? testDatabase.adminUrl();
      api = await TestApi.start(config);
      worker = await TestWorker.start(config);
      a = await seed(await api.signupWorkshop('Search Garage'));
      b = await seed(await api.signupWorkshop('Search Garage'));
      await synced();
    }, 120_000);

    afterAll(async () => {
      await worker?.close();
      await api?.close();
      await database?.drop();
    });

    const synced = () => searchSynced(worker, adminUrl, [a.workshop.tenantId, b.workshop.tenantId]);

    async function post<T>(workshop: Workshop, url: string, body: unknown): Promise<T> {
      const response = await api.request<T>('POST', `/api/v1${url}`, { token: workshop.accessToken, body });
      if (response.status !== 201) throw new Error(`${url}: ${response.status} ${response.text}`);
      return response.body;
    }

    async function seed(workshop: Workshop): Promise<Seeded> {
      const vin = europeanVin();
      secrets.push(vin);
      const vehicle = (body: Record<string, unknown>) =>
        post<{ id: string; clientId: string }>(workshop, '/vehicles', body);
      const jan = await vehicle({
        client: { firstName: 'Jan', lastName: 'Kowalski', phone: '601 234 567', email: 'jan.k@example.test' },
        vin,
        plate: 'WA 12345',
        make: 'Volkswagen',
        model: 'Golf',
        year: 2014,
      });
      const lukasz = await vehicle({
        client: { firstName: 'Łukasz', lastName: 'Nowak', phone: '+48 512 345 678', nationalId: PESELS[0] },
        plate: 'KR 9ABC1',
        make: 'Toyota',
        model: 'Corolla',
        year: 2019,
      });
      const soren = await vehicle({
        client: { firstName: 'Søren', lastName: 'Jensen', phone: '+45 20 12 34 56' },
        plate: 'AB 12 345',
        make: 'Skoda',
        model: 'Octavia',
        year: 2011,
      });
      const wisniewska = await post<{ id: string }>(workshop, '/clients', {
        firstName: 'Anna',
        lastName: 'Wiśniewska',
        nationalId: PESELS[1],
      });
      const filler = await Promise.all(
        ['Audi A4', 'Ford Focus', 'Opel Astra', 'Fiat Punto', 'Renault Clio'].map((car, index) => {
          const [make, model] = car.split(' ');
          return vehicle({
            client: { firstName: 'Piotr', lastName: `Zieliński${index}` },
            plate: `PO ${70000 + index}`,
            make,
            model,
            year: 2000 + index,
          });
        }),
      );
      return {
        workshop,
        ids: new Set([
          jan.id,
          jan.clientId,
          lukasz.id,
          lukasz.clientId,
          soren.id,
          soren.clientId,
          wisniewska.id,
          ...filler.flatMap((v) => [v.id, v.clientId]),
        ]),
        kowalski: { clientId: jan.clientId, vehicleId: jan.id, vin },
        lukasz: { clientId: lukasz.clientId, vehicleId: lukasz.id },
        soren: { clientId: soren.clientId, vehicleId: soren.id },
        wisniewska: { clientId: wisniewska.id },
      };
    }

    async function search(workshop: Workshop, query: Record<string, string>): Promise<Answer> {
      const response = await api.request<Answer>('GET', `/api/v1/search?${new URLSearchParams(query).toString()}`, {
        token: workshop.accessToken,
      });
      if (response.status !== 200)
        throw new Error(`search ${JSON.stringify(query)}: ${response.status} ${response.text}`);
      for (const item of response.body.items) expect(workshop === a.workshop ? a.ids : b.ids).toContain(item.id);
      return response.body;
    }

    const ids = (answer: Answer) => answer.items.map((item) => item.id);

    describe('finds what a mechanic types', () => {
      it.each([
        ['a typo in a name', 'Kowalsky', (s: Seeded) => s.kowalski.clientId],
        ['a typo in a make', 'Voklswagen', (s: Seeded) => s.kowalski.vehicleId],
        ['the start of a plate', 'WA 12', (s: Seeded) => s.kowalski.vehicleId],
        ['a plate with a dash', 'wa-12345', (s: Seeded) => s.kowalski.vehicleId],
        ['a plate with a space', 'WA 12345', (s: Seeded) => s.kowalski.vehicleId],
        ['a plate run together', 'wa12345', (s: Seeded) => s.kowalski.vehicleId],
        ['a name without its Polish letter', 'Lukasz', (s: Seeded) => s.lukasz.clientId],
        ['a name without its Danish letter', 'Soren', (s: Seeded) => s.soren.clientId],
        ['a name with its diacritics', 'Wiśniewska', (s: Seeded) => s.wisniewska.clientId],
        ['a name without them', 'wisniewska', (s: Seeded) => s.wisniewska.clientId],
        ['a national phone number', '601234567', (s: Seeded) => s.kowalski.clientId],
        ['an international phone number', '+48 601 234 567', (s: Seeded) => s.kowalski.clientId],
        ['a phone with 00 and dashes', '0048 601-234-567', (s: Seeded) => s.kowalski.clientId],
        ['a Danish phone', '20 12 34 56', (s: Seeded) => s.soren.clientId],
        ['make, year and owner', 'golf 2014 kowalski', (s: Seeded) => s.kowalski.vehicleId],
        ['owner and model, any order', 'nowak corolla', (s: Seeded) => s.lukasz.vehicleId],
        ['the start of a name', 'Kowal', (s: Seeded) => s.kowalski.clientId],
      ])('%s: "%s"', async (_case, q, expected) => {
        for (const seeded of [a, b]) {
          const answer = await search(seeded.workshop, { q });
          expect(ids(answer)).toContain(expected(seeded));
          // The one that was meant is near the top, not somewhere in the list.
          expect(ids(answer).indexOf(expected(seeded))).toBeLessThan(3);
        }
      });

      it('puts the exact plate first, with a title and subtitle a person can read', async () => {
        const answer = await search(a.workshop, { q: 'WA 12345' });
        expect(answer.items[0]).toMatchObject({
          type: 'vehicle',
          id: a.kowalski.vehicleId,
          title: 'WA 12345 · Volkswagen Golf 2014',
          subtitle: 'Jan Kowalski · +48 601 234 567',
        });
        expect(typeof answer.tookMs).toBe('number');
      });

      it('finds a vehicle by its full VIN, in any case, and by the VIN tail', async () => {
        const vin = a.kowalski.vin;
        for (const q of [vin, vin.toLowerCase(), vin.slice(-6)]) {
          const answer = await search(a.workshop, { q });
          expect(answer.items[0]).toMatchObject({ type: 'vehicle', id: a.kowalski.vehicleId });
        }
        // Workshop B has another VIN: A's never finds B's car, and B's own VIN finds B's.
        expect(ids(await search(b.workshop, { q: vin }))).not.toContain(b.kowalski.vehicleId);
        expect((await search(b.workshop, { q: b.kowalski.vin })).items[0]?.id).toBe(b.kowalski.vehicleId);
      });

      it('restricts by type and honours the limit', async () => {
        const clients = await search(a.workshop, { q: 'Kowalski', types: 'client' });
        expect(clients.items.length).toBeGreaterThan(0);
        expect(clients.items.every((item) => item.type === 'client')).toBe(true);
        const one = await search(a.workshop, { q: 'Zielinski', limit: '1' });
        expect(one.items).toHaveLength(1);
        const all = await search(a.workshop, { q: 'Zielinski', limit: '50' });
        expect(all.items.length).toBeGreaterThanOrEqual(5);
      });
    });

    describe('never fails on odd input', () => {
      it('answers blank queries with no hits', async () => {
        for (const q of ['', '   ', '---', '%', '*']) {
          expect((await search(a.workshop, { q })).items).toEqual([]);
        }
        expect((await search(a.workshop, {})).items).toEqual([]);
      });

      it('treats query-language characters as text, never as syntax', async () => {
        const odd = [
          '"Kowalski',
          'Kowalski~2',
          'name:Kowalski AND (x OR y)',
          'WA* OR 1=1',
          "' or 1=1 --",
          'a_b%c\\d',
          '[]{}^!&&||/<>',
          '😀 golf',
          'NULL',
        ];
        for (const q of odd) {
          const response = await api.request('GET', `/api/v1/search?q=${encodeURIComponent(q)}`, {
            token: a.workshop.accessToken,
          });
          expect({ q, status: response.status }).toEqual({ q, status: 200 });
        }
      });

      it('refuses a 500-character query and bad limits or types with 400 problem+json', async () => {
        const bad: Record<string, string>[] = [
          { q: 'x'.repeat(500) },
          { q: 'golf', limit: '0' },
          { q: 'golf', limit: '51' },
          { q: 'golf', limit: 'ten' },
          { q: 'golf', types: 'boat' },
          { q: 'golf', types: '' },
          { q: 'golf', tenantId: b.workshop.tenantId },
        ];
        for (const query of bad) {
          const response = await api.request('GET', `/api/v1/search?${new URLSearchParams(query).toString()}`, {
            token: a.workshop.accessToken,
          });
          expect({ query, status: response.status }).toEqual({ query, status: 400 });
          expect(String(response.headers['content-type'])).toContain('application/problem+json');
        }
      });

      it('needs a signed-in member of the workshop', async () => {
        expect((await api.request('GET', '/api/v1/search?q=golf')).status).toBe(401);
      });
    });

    describe('keeps workshops apart', () => {
      it('shows each of two workshops with identical data only its own hits', async () => {
        for (const q of ['Kowalski', 'golf', 'WA 12345', '601234567', 'Soren', 'Zielinski']) {
          const fromA = ids(await search(a.workshop, { q, limit: '50' }));
          const fromB = ids(await search(b.workshop, { q, limit: '50' }));
          expect(fromA.length).toBeGreaterThan(0);
          expect(fromA.length).toBe(fromB.length);
          expect(fromA.every((id) => a.ids.has(id))).toBe(true);
          expect(fromB.every((id) => b.ids.has(id))).toBe(true);
        }
      });

      it('keeps no VIN, VIN tail or national id in any search document', async () => {
        const documents = await indexedDocuments();
        expect(documents.length).toBeGreaterThan(0);
        const text = documents.join('\n');
        for (const secret of secrets) {
          expect(text).not.toContain(secret);
          expect(text).not.toContain(secret.slice(-6));
          expect(text.toLowerCase()).not.toContain(secret.toLowerCase());
          expect(text).not.toContain(Buffer.from(secret).toString('hex'));
        }
      });
    });

    describe('follows every change', () => {
      it('renaming a client re-indexes the client and the vehicles they own', async () => {
        const renamed = await api.request('PATCH', `/api/v1/clients/${a.lukasz.clientId}`, {
          token: a.workshop.accessToken,
          body: { lastName: 'Lewandowski' },
        });
        expect(renamed.status).toBe(200);
        await synced();
        const answer = await search(a.workshop, { q: 'Lewandowski' });
        expect(ids(answer)).toEqual(expect.arrayContaining([a.lukasz.clientId, a.lukasz.vehicleId]));
        expect(answer.items.find((item) => item.id === a.lukasz.vehicleId)?.subtitle).toContain('Lewandowski');
        expect(ids(await search(a.workshop, { q: 'Nowak' }))).not.toContain(a.lukasz.clientId);
        // B's Nowak is untouched.
        expect(ids(await search(b.workshop, { q: 'Nowak' }))).toContain(b.lukasz.clientId);
      });

      it('a changed plate is found under the new one only; a deleted vehicle is gone', async () => {
        await api.request('PATCH', `/api/v1/vehicles/${a.soren.vehicleId}`, {
          token: a.workshop.accessToken,
          body: { plate: 'ZZ 99999' },
        });
        await synced();
        expect((await search(a.workshop, { q: 'ZZ 99999' })).items[0]?.id).toBe(a.soren.vehicleId);
        expect(ids(await search(a.workshop, { q: 'AB 12 345' }))).not.toContain(a.soren.vehicleId);
        const deleted = await api.request('DELETE', `/api/v1/vehicles/${a.soren.vehicleId}`, {
          token: a.workshop.accessToken,
        });
        expect(deleted.status).toBe(204);
        await synced();
        expect(ids(await search(a.workshop, { q: 'ZZ 99999' }))).not.toContain(a.soren.vehicleId);
        expect(await indexedIds()).not.toContain(a.soren.vehicleId);
      });

      it('GDPR erasure removes the person from search, and their car by plate or VIN', async () => {
        const erased = await api.request('DELETE', `/api/v1/clients/${a.kowalski.clientId}?erase=true`, {
          token: a.workshop.accessToken,
        });
        expect(erased.status).toBe(204);
        await synced();
        expect(ids(await search(a.workshop, { q: 'Kowalski' }))).toEqual([]);
        expect(ids(await search(a.workshop, { q: 'WA 12345' }))).not.toContain(a.kowalski.vehicleId);
        expect(ids(await search(a.workshop, { q: a.kowalski.vin }))).toEqual([]);
        expect(await indexedIds()).not.toContain(a.kowalski.clientId);
      });
    });

    /** The raw documents of both workshops, as the index stores them. */
    function indexedDocuments(): Promise<string[]> {
      return target.rawDocuments(database, [a.workshop.tenantId, b.workshop.tenantId]);
    }

    async function indexedIds(): Promise<string> {
      return (await indexedDocuments()).join('\n');
    }
  });
}
