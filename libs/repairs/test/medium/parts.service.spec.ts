import { VehiclesService } from '@pitlane/garage';
import { CreatePartDto, OrderLinesService, PartsService, RepairOrdersService, RepairsModule } from '@pitlane/repairs';
import { MediumContext, MediumTenant } from '../../../../test/medium/medium-context';

const page = { page: 1, limit: 100 } as const;

describe('parts and their stock against Postgres as the application role (medium)', () => {
  let medium: MediumContext;
  let parts: PartsService;
  let a: MediumTenant;
  let b: MediumTenant;

  beforeAll(async () => {
    medium = await MediumContext.create({ imports: [RepairsModule] });
    parts = medium.get(PartsService);
    [a, b] = [await medium.tenants.create(), await medium.tenants.create()];
  });

  afterAll(() => medium.close());

  const create = (tenant: MediumTenant, partNumber: string, extra: Partial<CreatePartDto> = {}) =>
    medium.as(tenant.owner, () =>
      parts.create({
        partNumber,
        name: `Part ${partNumber}`,
        costMinor: 100,
        priceMinor: 250,
        vatRateBp: 2300,
        ...extra,
      }),
    );

  it('a part number is unique per workshop, ignoring case, spaces and dashes; another workshop may reuse it', async () => {
    await create(a, 'OC 90');
    await expect(create(a, 'oc-90')).rejects.toMatchObject({ code: 'duplicate_part_number' });
    await expect(create(b, 'OC90')).resolves.toMatchObject({ partNumber: 'OC90', onHand: 0 });
  });

  it("workshop B's context finds none of A's parts: get, change, movements, lists and low stock", async () => {
    const ofA = await create(a, 'VICTIM-1', { reorderPoint: 5 });
    await medium.as(a.owner, () => parts.recordMovement(a.owner, ofA.id, { kind: 'receive', quantity: 2 }));
    const notFound = { code: 'part_not_found' };
    await expect(medium.as(b.owner, () => parts.get(ofA.id))).rejects.toMatchObject(notFound);
    await expect(medium.as(b.owner, () => parts.update(ofA.id, { name: 'B was here' }))).rejects.toMatchObject(
      notFound,
    );
    await expect(medium.as(b.owner, () => parts.movements(ofA.id, page))).rejects.toMatchObject(notFound);
    await expect(
      medium.as(b.owner, () => parts.recordMovement(b.owner, ofA.id, { kind: 'receive', quantity: 1 })),
    ).rejects.toMatchObject(notFound);
    await expect(medium.as(b.owner, () => parts.delete(ofA.id))).rejects.toMatchObject(notFound);
    const listed = await medium.as(b.owner, () => parts.list({ ...page, q: 'VICTIM' }));
    const low = await medium.as(b.owner, () => parts.lowStock(page));
    expect([...listed.items, ...low.items].map((part) => part.id)).not.toContain(ofA.id);
    expect(await medium.as(a.owner, () => parts.get(ofA.id))).toMatchObject({ name: 'Part VICTIM-1', onHand: 2 });
  });

  it('the ledger keeps the running balance and never takes stock below zero', async () => {
    const part = await create(a, 'LEDGER-1');
    await medium.as(a.owner, () => parts.recordMovement(a.owner, part.id, { kind: 'receive', quantity: 3 }));
    await expect(
      medium.as(a.owner, () =>
        parts.recordMovement(a.owner, part.id, { kind: 'adjust', quantity: -4, reason: 'count' }),
      ),
    ).rejects.toMatchObject({ code: 'insufficient_stock' });
    await medium.as(a.owner, () =>
      parts.recordMovement(a.owner, part.id, { kind: 'adjust', quantity: -1, reason: 'count' }),
    );
    const movements = await medium.as(a.owner, () => parts.movements(part.id, page));
    expect(movements.items.map((movement) => [movement.quantity, movement.balanceAfter])).toEqual([
      [-1, 2],
      [3, 3],
    ]);
    expect(await medium.as(a.owner, () => parts.get(part.id))).toMatchObject({ onHand: 2 });
  });

  it('the ledger names who recorded each movement and the number of the order a part went to', async () => {
    const part = await create(a, 'LEDGER-WHO');
    const received = await medium.as(a.manager, () =>
      parts.recordMovement(a.manager, part.id, { kind: 'receive', quantity: 4 }),
    );
    expect(received).toMatchObject({ actorUserId: a.manager.userId, actorName: 'Medium manager' });
    const vehicle = await medium.as(a.owner, () =>
      medium
        .get(VehiclesService)
        .create(a.owner, { client: { firstName: 'Lea', lastName: 'Ledger' }, make: 'Fiat', model: 'Panda' }),
    );
    const order = await medium.as(a.owner, () =>
      medium.get(RepairOrdersService).create(a.owner, { vehicleId: vehicle.id }),
    );
    await medium.as(a.owner, () =>
      medium.get(OrderLinesService).add(a.owner, order.id, { kind: 'part', partId: part.id, quantity: 1 }),
    );
    const movements = await medium.as(a.mechanic, () => parts.movements(part.id, page));
    expect(movements.items).toEqual([
      expect.objectContaining({
        kind: 'use',
        quantity: -1,
        balanceAfter: 3,
        repairOrderId: order.id,
        repairOrderNumber: order.number,
        actorName: 'Medium owner',
      }),
      expect.objectContaining({ kind: 'receive', repairOrderNumber: null, actorName: 'Medium manager' }),
    ]);
  });

  it("workshop B's context cannot record a movement on A's part, nor see A's order numbers or staff through it", async () => {
    const ofA = await create(a, 'VICTIM-2');
    await medium.as(a.owner, () => parts.recordMovement(a.owner, ofA.id, { kind: 'receive', quantity: 1 }));
    const notFound = { code: 'part_not_found' };
    await expect(
      medium.as(b.owner, () => parts.recordMovement(b.owner, ofA.id, { kind: 'adjust', quantity: -1, reason: 'x' })),
    ).rejects.toMatchObject(notFound);
    await expect(medium.as(b.manager, () => parts.movements(ofA.id, page))).rejects.toMatchObject(notFound);
    expect((await medium.as(a.owner, () => parts.movements(ofA.id, page))).items).toHaveLength(1);
  });
});
