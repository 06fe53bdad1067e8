import { TestApi, Workshop } from '../../../test/support/test-api';
import { addCar, openOrder } from './repairs-fixtures';

/** A car's repair history outlives deletes and GDPR erasure of its owner. */
describe('repairs: history and the garage', () => {
  let api: TestApi;
  let owner: Workshop;

  beforeAll(async () => {
    api = await TestApi.start();
    owner = await api.signupWorkshop('History Garage');
  });

  afterAll(() => api.close());

  const call = (method: string, url: string) => api.request(method, `/api/v1${url}`, { token: owner.accessToken });

  it('refuses (409) to delete a vehicle with repair orders, or a client through such a vehicle', async () => {
    const car = await addCar(api, owner);
    const order = await openOrder(api, owner, car);
    const vehicleDelete = await call('DELETE', `/vehicles/${car.vehicleId}`);
    expect(vehicleDelete.status).toBe(409);
    expect(vehicleDelete.body).toMatchObject({ status: 409, detail: expect.stringContaining('repair history') });
    expect((await call('DELETE', `/clients/${car.clientId}?cascade=true`)).status).toBe(409);
    // Nothing went: the refused transactions rolled back whole.
    expect((await call('GET', `/vehicles/${car.vehicleId}`)).status).toBe(200);
    expect((await call('GET', `/clients/${car.clientId}`)).status).toBe(200);
    expect((await call('GET', `/repair-orders/${order.id}`)).status).toBe(200);
  });

  it('erases the client under GDPR and keeps their car’s orders, anonymous', async () => {
    const car = await addCar(api, owner);
    const order = await openOrder(api, owner, car);
    expect((await call('DELETE', `/clients/${car.clientId}?erase=true`)).status).toBe(204);
    expect((await call('GET', `/clients/${car.clientId}`)).status).toBe(404);
    const kept = await call('GET', `/repair-orders/${order.id}`);
    expect(kept.status).toBe(200);
    expect(kept.body).toMatchObject({ id: order.id, vehicleId: car.vehicleId, clientId: null });
  });
});
