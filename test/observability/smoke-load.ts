import { randomUUID } from 'node:crypto';
import { europeanVin } from '../support/garage-fixtures';
import type { TestApi, Workshop } from '../support/test-api';

export interface SmokeLoad {
  readonly workshops: Workshop[];
  readonly vehicleIds: string[];
}

/**
 * What a few minutes of real use looks like, per workshop: sign up (a verification mail goes
 * through the queue), add a vehicle with its owner, read it back, list, miss (404), forget to
 * sign in (401), a search, and a URL no route matches. Run `concurrency` workshops at a time.
 */
export async function smokeLoad(api: TestApi, tenants: number, concurrency = 5): Promise<SmokeLoad> {
  const workshops: Workshop[] = [];
  const vehicleIds: string[] = [];
  const one = async (): Promise<void> => {
    const workshop = await api.signupWorkshop('Smoke Garage');
    workshops.push(workshop);
    const token = workshop.accessToken;
    const created = await api.request<{ id: string }>('POST', '/api/v1/vehicles', {
      token,
      body: {
        client: { firstName: 'Anna', lastName: 'Kowalska', phone: '601 234 567' },
        vin: europeanVin(),
        plate: `WA ${Math.floor(Math.random() * 90_000) + 10_000}`,
        make: 'Volkswagen',
        model: 'Golf',
      },
    });
    if (created.status !== 201) throw new Error(`vehicle not created: ${created.status} ${created.text}`);
    vehicleIds.push(created.body.id);
    const expectStatus = async (status: number, method: string, url: string, withToken = true): Promise<void> => {
      const response = await api.request(method, url, withToken ? { token } : {});
      if (response.status !== status) throw new Error(`${method} ${url}: ${response.status}, expected ${status}`);
    };
    await expectStatus(200, 'GET', `/api/v1/vehicles/${created.body.id}`);
    await expectStatus(200, 'GET', '/api/v1/vehicles');
    await expectStatus(200, 'GET', '/api/v1/clients');
    await expectStatus(200, 'GET', '/api/v1/search?q=kowalska');
    await expectStatus(404, 'GET', `/api/v1/vehicles/${randomUUID()}`);
    await expectStatus(401, 'GET', '/api/v1/vehicles', false);
    await expectStatus(404, 'GET', `/api/v1/no-such-thing/${randomUUID()}`);
  };
  for (let started = 0; started < tenants; started += concurrency) {
    await Promise.all(Array.from({ length: Math.min(concurrency, tenants - started) }, one));
  }
  return { workshops, vehicleIds };
}
