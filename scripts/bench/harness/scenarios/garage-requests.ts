// The requests both contenders answer: the same paths, tokens and bodies, drawn from the seeded garage.
import type { Garage } from '../garage-seed';
import type { Endpoint } from '../scenario';
import type { LoadRequest } from '../wrk';

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

export function byId(garage: Garage): Endpoint {
  const requests = garage.vehicles.map(({ workshop, id }): LoadRequest => ({
    method: 'GET',
    path: `/api/v1/vehicles/${id}`,
    headers: bearer(garage.workshops[workshop]!.accessToken),
  }));
  return { name: 'GET /vehicles/:id', requests };
}

/** Page 1 of 20, the default order (newest first): a full page, so the total is counted. */
export function listPage(garage: Garage): Endpoint {
  const requests = garage.workshops.map((workshop): LoadRequest => ({
    method: 'GET',
    path: '/api/v1/vehicles?limit=20',
    headers: bearer(workshop.accessToken),
  }));
  return { name: 'GET /vehicles', requests };
}

/** The VIN search: a blind index of the VIN, one match (a page that is not full is not counted). */
export function byVin(garage: Garage): Endpoint {
  const requests = garage.vehicles.map(({ workshop, vin }): LoadRequest => ({
    method: 'GET',
    path: `/api/v1/vehicles?vin=${vin}`,
    headers: bearer(garage.workshops[workshop]!.accessToken),
  }));
  return { name: 'GET /vehicles?vin=', requests };
}

export function me(garage: Garage): Endpoint {
  const requests = garage.workshops.map((workshop): LoadRequest => ({
    method: 'GET',
    path: '/api/v1/me',
    headers: bearer(workshop.accessToken),
  }));
  return { name: 'GET /me', requests };
}

/** A new vehicle of an existing client, with a fresh VIN per request (wrk fills in `@VIN@`). */
export function create(garage: Garage): Endpoint {
  const requests = garage.vehicles.map(({ workshop, clientId }): LoadRequest => ({
    method: 'POST',
    path: '/api/v1/vehicles',
    headers: { ...bearer(garage.workshops[workshop]!.accessToken), 'content-type': 'application/json' },
    body: JSON.stringify({ clientId, vin: '@VIN@', plate: 'KR 4711', make: 'Skoda', model: 'Octavia', year: 2016 }),
  }));
  return { name: 'POST /vehicles', requests };
}
