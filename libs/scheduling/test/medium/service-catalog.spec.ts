import { SchedulingModule, ServiceCatalog } from '@pitlane/scheduling';
import { MediumContext, MediumTenant } from '../../../../test/medium/medium-context';
import { addService } from './scheduling-seed';

/** The service catalog against Postgres as the application role: its rules and its workshop wall. */
describe('ServiceCatalog (medium)', () => {
  let medium: MediumContext;
  let catalog: ServiceCatalog;
  let a: MediumTenant;
  let b: MediumTenant;

  beforeAll(async () => {
    medium = await MediumContext.create({ imports: [SchedulingModule] });
    catalog = medium.get(ServiceCatalog);
    [a, b] = [await medium.tenants.create(), await medium.tenants.create()];
  });

  afterAll(() => medium.close());

  it('lists by name, changes only what differs, and audits each change', async () => {
    const wash = await addService(medium, a, { name: 'Wash' });
    const brakes = await addService(medium, a, { name: 'Brakes', durationMinutes: 90 });
    expect((await medium.as(a.owner, () => catalog.list())).map((service) => service.id)).toEqual([brakes.id, wash.id]);
    const same = await medium.as(a.owner, () => catalog.update(wash.id, { name: 'Wash' }));
    expect(same).toEqual(wash);
    const changed = await medium.as(a.owner, () => catalog.update(wash.id, { priceMinor: 5000, active: false }));
    expect(changed).toMatchObject({ id: wash.id, priceMinor: 5000, active: false });
    const audit = await medium.inTransaction(a.owner, (manager) =>
      manager.query<{ action: string; changed_fields: string[]; actor_user_id: string }[]>(
        `select action, changed_fields, actor_user_id from audit_events
         where tenant_id = $1 and entity_id = $2 order by occurred_at`,
        [a.tenantId, wash.id],
      ),
    );
    expect(audit).toEqual([
      { action: 'service.created', changed_fields: [], actor_user_id: a.owner.userId },
      { action: 'service.updated', changed_fields: ['active', 'priceMinor'], actor_user_id: a.owner.userId },
    ]);
  });

  it('require: inactive services and, online, those not bookable online are not found', async () => {
    const offered = await addService(medium, a, { name: 'Offered' });
    const internal = await addService(medium, a, { name: 'Internal', bookableOnline: false });
    const retired = await addService(medium, a, { name: 'Retired', active: false });
    await expect(
      medium.as(a.owner, () => catalog.require([offered.id, internal.id, offered.id], false)),
    ).resolves.toMatchObject([{ id: offered.id }, { id: internal.id }]);
    await expect(medium.as(a.owner, () => catalog.require([internal.id], true))).rejects.toMatchObject({
      code: 'service_not_found',
    });
    await expect(medium.as(a.owner, () => catalog.require([retired.id], false))).rejects.toMatchObject({
      code: 'service_not_found',
    });
    expect((await medium.as(a.owner, () => catalog.bookableOnline())).map((service) => service.name)).toContain(
      'Offered',
    );
  });

  it("workshop B neither sees nor changes A's services", async () => {
    const ofA = await addService(medium, a, { name: 'Alpha only' });
    expect(JSON.stringify(await medium.as(b.owner, () => catalog.list()))).not.toContain(ofA.id);
    await expect(medium.as(b.owner, () => catalog.update(ofA.id, { name: 'Stolen' }))).rejects.toMatchObject({
      code: 'service_not_found',
    });
    await expect(medium.as(b.owner, () => catalog.require([ofA.id], false))).rejects.toMatchObject({
      code: 'service_not_found',
    });
    expect((await medium.as(a.owner, () => catalog.list())).find((service) => service.id === ofA.id)?.name).toBe(
      'Alpha only',
    );
  });
});
