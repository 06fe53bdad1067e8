import { isPostgresError, PG_EXCLUSION_VIOLATION } from '@pitlane/core';
import { AppointmentsService, SchedulingModule } from '@pitlane/scheduling';
import { randomUUID } from 'node:crypto';
import { MediumContext, MediumTenant } from '../../../../test/medium/medium-context';
import { addClient, addService, configureSchedule, iso, weekdayAt } from './scheduling-seed';

/**
 * The staff calendar's service and repositories against Postgres as the application role: a
 * booking lands on a free bay, the exclusion constraint (not the service) refuses a double
 * booking however it is written, and another workshop's appointment is simply not there.
 */
describe('AppointmentsService and the exclusion constraint (medium)', () => {
  let medium: MediumContext;
  let appointments: AppointmentsService;
  let a: MediumTenant;
  let b: MediumTenant;
  let clientA: string;
  let serviceA: string;

  beforeAll(async () => {
    medium = await MediumContext.create({ imports: [SchedulingModule] });
    appointments = medium.get(AppointmentsService);
    [a, b] = [await medium.tenants.create(), await medium.tenants.create()];
    await configureSchedule(medium, a);
    await configureSchedule(medium, b);
    clientA = await addClient(medium, a);
    serviceA = (await addService(medium, a)).id;
  });

  afterAll(() => medium.close());

  const create = (startsAt: string, bay?: number) =>
    medium.as(a.manager, () =>
      appointments.create({ clientId: clientA, serviceIds: [serviceA], startsAt, ...(bay ? { bay } : {}) }),
    );

  it('books the first free bay, then the next, then answers 409 slot_taken with alternatives', async () => {
    const start = iso(weekdayAt(9));
    const first = await create(start);
    const second = await create(start);
    expect([first.bay, second.bay]).toEqual([1, 2]);
    expect(first).toMatchObject({ status: 'confirmed', source: 'staff', clientId: clientA });
    expect(first.services.map((line) => line.serviceId)).toEqual([serviceA]);
    await expect(create(start)).rejects.toMatchObject({ code: 'slot_taken' });
  });

  it('concurrent bookings of one bay: exactly one wins, the others are clean 409s', async () => {
    const start = iso(weekdayAt(11));
    const results = await Promise.allSettled(Array.from({ length: 6 }, () => create(start, 1)));
    const won = results.filter((result) => result.status === 'fulfilled');
    const lost = results.filter((result): result is PromiseRejectedResult => result.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost.map((result) => (result.reason as { code?: string }).code)).toEqual(Array(5).fill('slot_taken'));
  });

  it('the database itself refuses an overlapping row written past the service, as the app role', async () => {
    const start = weekdayAt(14);
    await create(iso(start), 1);
    const overlapping = medium.inTransaction(a.manager, (manager) =>
      manager.query(
        `insert into appointments (tenant_id, id, client_id, bay, starts_at, ends_at, occupied_until, status, source)
         values ($1, $2, $3, 1, $4, $5, $5, 'confirmed', 'staff')`,
        [
          a.tenantId,
          randomUUID(),
          clientA,
          start.plus({ minutes: 30 }).toJSDate(),
          start.plus({ minutes: 90 }).toJSDate(),
        ],
      ),
    );
    const error: unknown = await overlapping.catch((caught: unknown) => caught);
    expect(isPostgresError(error, PG_EXCLUSION_VIOLATION, 'appointments_no_overlap')).toBe(true);
  });

  it('a cancelled appointment frees its bay; moves keep the lane and bump the schedule version', async () => {
    const start = weekdayAt(10, 14);
    const booked = await create(iso(start), 1);
    await medium.as(a.manager, () => appointments.cancel(booked.id));
    const again = await create(iso(start), 1);
    expect(again.bay).toBe(1);
    const moved = await medium.as(a.manager, () =>
      appointments.move(again.id, { startsAt: iso(start.plus({ hours: 2 })) }),
    );
    expect(moved).toMatchObject({ id: again.id, bay: 1, startsAt: iso(start.plus({ hours: 2 })) });
    const [row] = await medium.inTransaction(a.manager, (manager) =>
      manager.query<{ schedule_version: number }[]>(
        'select schedule_version from appointments where tenant_id = $1 and id = $2',
        [a.tenantId, again.id],
      ),
    );
    expect(row?.schedule_version).toBe(2);
  });

  it("workshop B's context finds none of A's appointments: get, move, cancel and status are 404", async () => {
    const booked = await create(iso(weekdayAt(16)));
    for (const attempt of [
      () => appointments.get(booked.id),
      () => appointments.move(booked.id, { startsAt: iso(weekdayAt(8)) }),
      () => appointments.cancel(booked.id),
      () => appointments.changeStatus(booked.id, 'checked_in'),
    ]) {
      await expect(medium.as(b.manager, attempt)).rejects.toMatchObject({ code: 'appointment_not_found' });
    }
    await expect(medium.as(a.manager, () => appointments.get(booked.id))).resolves.toMatchObject({
      id: booked.id,
      status: 'confirmed',
    });
  });

  it('refuses to run outside a workshop context', async () => {
    await expect(appointments.get(randomUUID())).rejects.toThrow();
  });
});
