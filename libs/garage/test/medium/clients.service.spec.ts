import { TenantDatabase } from '@pitlane/core';
import {
  ClientMergeParticipant,
  ClientMergeParticipants,
  ClientMergeService,
  ClientsService,
  GarageModule,
  VehiclesService,
} from '@pitlane/garage';
import { randomUUID } from 'node:crypto';
import { MediumContext, MediumTenant } from '../../../../test/medium/medium-context';

const PESEL = '44051401359';

describe('clients against Postgres as the application role (medium)', () => {
  let medium: MediumContext;
  let clients: ClientsService;
  let merging: ClientMergeService;
  let vehicles: VehiclesService;
  let a: MediumTenant;
  let b: MediumTenant;

  beforeAll(async () => {
    medium = await MediumContext.create({ imports: [GarageModule] });
    clients = medium.get(ClientsService);
    merging = medium.get(ClientMergeService);
    vehicles = medium.get(VehiclesService);
    [a, b] = [await medium.tenants.create(), await medium.tenants.create()];
  });

  afterAll(() => medium.close());

  const clientCount = (tenant: MediumTenant) =>
    medium.inTransaction(tenant.owner, async (manager) => {
      const [row] = await manager.query<{ n: number }[]>(
        'select count(*)::int as n from clients where tenant_id = $1',
        [tenant.tenantId],
      );
      return row!.n;
    });

  describe('isolation', () => {
    it("a client of workshop B is not found from workshop A's context", async () => {
      const ofB = await medium.as(b.owner, () => clients.create(b.owner, { firstName: 'Beata', lastName: 'Bielska' }));
      await expect(medium.as(a.owner, () => clients.get(a.owner, ofB.id))).rejects.toMatchObject({
        code: 'client_not_found',
      });
      await expect(medium.as(b.owner, () => clients.get(b.owner, ofB.id))).resolves.toMatchObject({ id: ofB.id });
    });

    it("workshop A cannot update, delete or merge into a client of workshop B, and B's client stays", async () => {
      const ofB = await medium.as(b.owner, () => clients.create(b.owner, { firstName: 'Bożena', lastName: 'B' }));
      const ofA = await medium.as(a.owner, () => clients.create(a.owner, { firstName: 'Adam', lastName: 'A' }));
      const notFound = { code: 'client_not_found' };
      await expect(medium.as(a.owner, () => clients.update(a.owner, ofB.id, { notes: 'x' }))).rejects.toMatchObject(
        notFound,
      );
      await expect(medium.as(a.owner, () => clients.delete(ofB.id, true))).rejects.toMatchObject(notFound);
      await expect(medium.as(a.owner, () => merging.merge(a.owner, ofA.id, ofB.id))).rejects.toMatchObject(notFound);
      await expect(medium.as(a.owner, () => merging.merge(a.owner, ofB.id, ofA.id))).rejects.toMatchObject(notFound);
      await expect(medium.as(b.owner, () => clients.get(b.owner, ofB.id))).resolves.toEqual(ofB);
      await expect(medium.as(a.owner, () => clients.get(a.owner, ofA.id))).resolves.toEqual(ofA);
    });
  });

  describe('national ids', () => {
    it('owners set it sealed; mechanics may neither set nor change it (403 naming the field), nothing written', async () => {
      const before = await clientCount(a);
      await expect(
        medium.as(a.mechanic, () => clients.create(a.mechanic, { firstName: 'M', lastName: 'M', nationalId: PESEL })),
      ).rejects.toMatchObject({ code: 'national_id_forbidden', fieldProblems: [{ field: 'nationalId' }] });
      expect(await clientCount(a)).toBe(before);

      const created = await medium.as(a.owner, () =>
        clients.create(a.owner, { firstName: 'Nadia', lastName: 'N', nationalId: PESEL }),
      );
      expect(created).toMatchObject({ nationalId: PESEL, hasNationalId: true });
      for (const nationalId of ['02271409867', PESEL, null]) {
        await expect(
          medium.as(a.mechanic, () => clients.update(a.mechanic, created.id, { nationalId, notes: 'changed' })),
        ).rejects.toMatchObject({ code: 'national_id_forbidden' });
      }
      await expect(medium.as(a.owner, () => clients.get(a.owner, created.id))).resolves.toEqual(created);
    });
  });

  describe('duplicates and merge', () => {
    it('ranks e-mail over phone over name, and only within the workshop', async () => {
      const original = await medium.as(a.owner, () =>
        clients.create(a.owner, {
          firstName: 'Ewa',
          lastName: 'Echo',
          email: 'ewa@example.test',
          phone: '601 555 000',
        }),
      );
      const byName = await medium.as(a.owner, () => clients.create(a.owner, { firstName: 'EWA', lastName: 'echo' }));
      const byPhone = await medium.as(a.owner, () =>
        clients.create(a.owner, { firstName: 'X', lastName: 'Y', phone: '+48 601 555 000' }),
      );
      const byEmailAndName = await medium.as(a.owner, () =>
        clients.create(a.owner, { firstName: 'Ewa', lastName: 'Echo', email: 'EWA@example.test' }),
      );
      await medium.as(b.owner, () =>
        clients.create(b.owner, {
          firstName: 'Ewa',
          lastName: 'Echo',
          email: 'ewa@example.test',
          phone: '601 555 000',
        }),
      );
      const found = await medium.as(a.mechanic, () => merging.duplicates(a.mechanic, original.id));
      expect(found.map((client) => [client.id, client.matchedOn])).toEqual([
        [byEmailAndName.id, ['email', 'name']],
        [byPhone.id, ['phone']],
        [byName.id, ['name']],
      ]);
    });

    it('moves vehicles, lets every participant re-point its rows in the same transaction, then deletes', async () => {
      const seen: { fromClientId: string; intoClientId: string; tenantId: string }[] = [];
      const participant: ClientMergeParticipant = {
        reassignClient: (merge) => {
          // Runs inside the merge's tenant transaction: the ambient one is open.
          seen.push({ ...merge, tenantId: medium.get(TenantDatabase).current().tenantId });
          return Promise.resolve();
        },
      };
      medium.get(ClientMergeParticipants).register(participant);
      const keep = await medium.as(a.owner, () => clients.create(a.owner, { firstName: 'Kora', lastName: 'Keep' }));
      const car = await medium.as(a.owner, () =>
        vehicles.create(a.owner, { client: { firstName: 'Kora', lastName: 'Keep' }, make: 'Fiat', model: 'Uno' }),
      );
      const kept = await medium.as(a.manager, () => merging.merge(a.manager, car.clientId!, keep.id));
      expect(kept).toMatchObject({ id: keep.id, firstName: 'Kora' });
      expect(seen).toEqual([{ fromClientId: car.clientId, intoClientId: keep.id, tenantId: a.tenantId }]);
      await expect(medium.as(a.owner, () => vehicles.get(a.owner, car.id))).resolves.toMatchObject({
        clientId: keep.id,
      });
      await expect(medium.as(a.owner, () => clients.get(a.owner, car.clientId!))).rejects.toMatchObject({
        code: 'client_not_found',
      });
      const actions = await medium.inTransaction(a.owner, (manager) =>
        manager.query<{ action: string; entity_id: string; actor_user_id: string }[]>(
          `select action, entity_id, actor_user_id from audit_events
            where tenant_id = $1 and entity_id = any ($2) and action in ('client.merged', 'client.merged_away')
            order by action`,
          [a.tenantId, [keep.id, car.clientId]],
        ),
      );
      expect(actions).toEqual([
        { action: 'client.merged', entity_id: keep.id, actor_user_id: a.manager.userId },
        { action: 'client.merged_away', entity_id: car.clientId, actor_user_id: a.manager.userId },
      ]);
    });

    it('refuses (409, nothing changed) while a table no participant covers still points at the merged client', async () => {
      const from = await medium.as(a.owner, () => clients.create(a.owner, { firstName: 'Apo', lastName: 'Intment' }));
      const into = await medium.as(a.owner, () => clients.create(a.owner, { firstName: 'Apo', lastName: 'Intment' }));
      // An appointment of the merged client; its foreign key would cascade it away on delete.
      await medium.inTransaction(a.owner, (manager) =>
        manager.query(
          `insert into appointments (tenant_id, id, client_id, bay, starts_at, ends_at, occupied_until, status, source)
           values ($1, $2, $3, 1, now() + interval '1 day', now() + interval '25 hours', now() + interval '25 hours',
                   'confirmed', 'staff')`,
          [a.tenantId, randomUUID(), from.id],
        ),
      );
      await expect(medium.as(a.owner, () => merging.merge(a.owner, from.id, into.id))).rejects.toMatchObject({
        code: 'merge_blocked',
      });
      await expect(medium.as(a.owner, () => clients.get(a.owner, from.id))).resolves.toEqual(from);
    });
  });
});
