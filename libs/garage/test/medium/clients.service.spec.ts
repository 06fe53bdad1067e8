import { ClientsService, GarageModule } from '@pitlane/garage';
import { MediumContext, MediumTenant } from '../../../../test/medium/medium-context';

describe('ClientsService against Postgres (medium)', () => {
  let medium: MediumContext;
  let clients: ClientsService;
  let a: MediumTenant;
  let b: MediumTenant;

  beforeAll(async () => {
    medium = await MediumContext.create({ imports: [GarageModule] });
    clients = medium.get(ClientsService);
    [a, b] = [await medium.tenants.create(), await medium.tenants.create()];
  });

  afterAll(() => medium.close());

  it("a client of workshop B is not found from workshop A's context", async () => {
    const ofB = await medium.as(b.owner, () => clients.create(b.owner, { firstName: 'Beata', lastName: 'Bielska' }));
    await expect(medium.as(a.owner, () => clients.get(a.owner, ofB.id))).rejects.toMatchObject({
      code: 'client_not_found',
    });
    await expect(medium.as(b.owner, () => clients.get(b.owner, ofB.id))).resolves.toMatchObject({ id: ofB.id });
  });
});
