import { ClientMergeService } from '@pitlane/garage';
import { PublicBookingService, SchedulingModule } from '@pitlane/scheduling';
import { ClsService } from 'nestjs-cls';
import { MediumContext, MediumTenant } from '../../../../test/medium/medium-context';
import { addClient, addService, configureSchedule, iso, weekdayAt } from './scheduling-seed';

/**
 * An online booking makes a client of its own; when staff merge it into the regular customer,
 * the appointment moves with it (scheduling's ClientMergeParticipant), in the merge's transaction.
 */
describe("merging an online booking's client into the regular one moves its appointments (medium)", () => {
  let medium: MediumContext;
  let a: MediumTenant;
  let b: MediumTenant;

  beforeAll(async () => {
    medium = await MediumContext.create({ imports: [SchedulingModule] });
    [a, b] = [await medium.tenants.create(), await medium.tenants.create()];
    await configureSchedule(medium, a);
  });

  afterAll(() => medium.close());

  const rows = (sql: string, params: unknown[]) =>
    medium.inTransaction(a.owner, (manager) => manager.query<Record<string, unknown>[]>(sql, params));

  it('re-points the appointment (vehicle kept), audits it, and deletes the merged client', async () => {
    const regular = await addClient(medium, a);
    const service = await addService(medium, a);
    const booked = await medium.get(ClsService).run({ ifNested: 'override' }, () =>
      medium.get(PublicBookingService).book(a.slug, {
        serviceIds: [service.id],
        startsAt: iso(weekdayAt(10)),
        customer: { firstName: 'Jan', lastName: 'Nowak', email: 'jan@medium.test', phone: '+48 601 111 222' },
        vehicle: { plate: 'WA 777' },
        consent: true,
      }),
    );
    const [before] = await rows('select client_id, vehicle_id from appointments where tenant_id = $1 and id = $2', [
      a.tenantId,
      booked.id,
    ]);
    const onlineClient = before?.client_id as string;
    expect(onlineClient).not.toBe(regular);

    // Another workshop cannot merge A's clients: nothing moves.
    await expect(
      medium.as(b.owner, () => medium.get(ClientMergeService).merge(b.owner, onlineClient, regular)),
    ).rejects.toMatchObject({ code: 'client_not_found' });

    await medium.as(a.owner, () => medium.get(ClientMergeService).merge(a.owner, onlineClient, regular));

    expect(
      await rows('select client_id, vehicle_id from appointments where tenant_id = $1 and id = $2', [
        a.tenantId,
        booked.id,
      ]),
    ).toEqual([{ client_id: regular, vehicle_id: before?.vehicle_id }]);
    expect(await rows('select id from clients where tenant_id = $1 and id = $2', [a.tenantId, onlineClient])).toEqual(
      [],
    );
    expect(
      await rows('select action, changed_fields from audit_events where tenant_id = $1 and entity_id = $2', [
        a.tenantId,
        booked.id,
      ]),
    ).toContainEqual({ action: 'appointment.client_reassigned', changed_fields: ['clientId'] });
  });
});
