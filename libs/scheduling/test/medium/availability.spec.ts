import { PublicBookingService, SchedulingModule } from '@pitlane/scheduling';
import { ClsService } from 'nestjs-cls';
import { MediumContext, MediumTenant } from '../../../../test/medium/medium-context';
import { addService, configureSchedule, iso, weekdayAt } from './scheduling-seed';

/**
 * Public availability read from the workshop's own settings and occupancy, against Postgres as
 * the application role: what the owner changes in the settings is what the engine offers.
 */
describe('availability from the schedule settings (medium)', () => {
  let medium: MediumContext;
  let booking: PublicBookingService;
  let a: MediumTenant;
  let b: MediumTenant;
  let serviceA: string;

  beforeAll(async () => {
    medium = await MediumContext.create({ imports: [SchedulingModule] });
    booking = medium.get(PublicBookingService);
    [a, b] = [await medium.tenants.create(), await medium.tenants.create()];
    await configureSchedule(medium, a);
    await configureSchedule(medium, b, { openingHours: { tue: [], wed: [], thu: [] } });
    serviceA = (await addService(medium, a)).id;
  });

  afterAll(() => medium.close());

  /** A public request: a request context of its own, no workshop until the slug names one. */
  const anonymous = <T>(work: () => Promise<T>): Promise<T> =>
    medium.get(ClsService).run({ ifNested: 'override' }, work);

  const slotsOn = async (tenant: MediumTenant, day: string, serviceId = serviceA) =>
    (
      await anonymous(() => booking.availability(tenant.slug, { from: day, to: day, serviceIds: [serviceId] }))
    ).slots.map((slot) => slot.start);

  it('offers the opening hours on the slot grid, in the workshop zone', async () => {
    const day = weekdayAt(8);
    const slots = await slotsOn(a, day.toISODate() ?? '');
    expect(slots[0]).toBe(iso(day.set({ hour: 8 })));
    expect(slots.at(-1)).toBe(iso(day.set({ hour: 16 })));
    expect(slots).toHaveLength(9);
  });

  it('follows the settings: a closed date offers nothing, shorter hours and a coarser grid offer less', async () => {
    const day = weekdayAt(8, 21);
    const date = day.toISODate() ?? '';
    await configureSchedule(medium, a, { closedDates: [date] });
    expect(await slotsOn(a, date)).toEqual([]);
    await configureSchedule(medium, a, {
      closedDates: [],
      openingHours: {
        tue: [{ start: '10:00', end: '14:00' }],
        wed: [{ start: '10:00', end: '14:00' }],
        thu: [{ start: '10:00', end: '14:00' }],
      },
      slotMinutes: 120,
    });
    expect(await slotsOn(a, date)).toEqual([iso(day.set({ hour: 10 })), iso(day.set({ hour: 12 }))]);
    await configureSchedule(medium, a);
  });

  it('a booked bay stays free while another bay is; both booked, the slot is gone', async () => {
    const start = weekdayAt(9, 28);
    const date = start.toISODate() ?? '';
    const body = (email: string) => ({
      serviceIds: [serviceA],
      startsAt: iso(start),
      customer: { firstName: 'Anna', lastName: 'Kowalska', email, phone: '+48 601 234 567' },
      vehicle: { plate: 'WA 12345' },
      consent: true,
    });
    await anonymous(() => booking.book(a.slug, body('first@medium.test')));
    expect(await slotsOn(a, date)).toContain(iso(start));
    await anonymous(() => booking.book(a.slug, body('second@medium.test')));
    expect(await slotsOn(a, date)).not.toContain(iso(start));
    await expect(anonymous(() => booking.book(a.slug, body('third@medium.test')))).rejects.toMatchObject({
      code: 'slot_taken',
    });
  });

  it("each workshop's settings are its own: B (closed midweek) offers nothing where A offers a day", async () => {
    const serviceB = (await addService(medium, b)).id;
    const date = weekdayAt(8, 35).toISODate() ?? '';
    expect(await slotsOn(b, date, serviceB)).toEqual([]);
    expect(await slotsOn(a, date)).toHaveLength(9);
    await expect(slotsOn(b, date, serviceA)).rejects.toMatchObject({ code: 'service_not_found' });
  });
});
