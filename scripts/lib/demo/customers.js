'use strict';
// Clients and their cars, created through /clients and /vehicles. What is there already (found by
// name, then by plate, or by make and model for the first demo's plate-less spelling) is kept.
const { CUSTOMERS, vinOf } = require('./customers-data');
const { inParallel } = require('./in-parallel');

const plateKey = (plate) => (plate || '').toUpperCase().replace(/[^A-Z0-9]/g, '');
const DEMO_PLATES = new Set(CUSTOMERS.flatMap((customer) => customer.cars.map((car) => plateKey(car.plate))));
const nameKey = (person) => `${person.firstName} ${person.lastName}`;

/**
 * @param {import('./api-client').DemoApi} api signed in as the owner (national ids are owners' and managers')
 * @returns {Promise<{ created: { clients: number, vehicles: number }, garage: Garage }>}
 */
async function ensureCustomers(api) {
  const garage = await Garage.load(api);
  const created = { clients: 0, vehicles: 0 };
  // Each car's VIN serial is its place in the list, whichever customer is created first.
  const firstSerial = CUSTOMERS.map((_, index) =>
    CUSTOMERS.slice(0, index).reduce((sum, customer) => sum + customer.cars.length, 0),
  );
  await inParallel(CUSTOMERS, async (customer, index) => {
    let client = garage.client(customer);
    if (!client) {
      client = await api.post('/clients', {
        firstName: customer.firstName,
        lastName: customer.lastName,
        phone: customer.phone,
        ...(customer.email ? { email: customer.email } : {}),
        ...(customer.nationalId ? { nationalId: customer.nationalId } : {}),
        ...(customer.notes ? { notes: customer.notes } : {}),
        gdprConsent: Boolean(customer.consent),
      });
      garage.addClient(client);
      created.clients += 1;
    }
    for (const [offset, car] of customer.cars.entries()) {
      if (garage.vehicle(car.plate) || garage.legacyCarOf(client.id, car)) continue;
      const vehicle = await api.post('/vehicles', {
        clientId: client.id,
        vin: vinOf(car, firstSerial[index] + offset),
        plate: car.plate,
        make: car.make,
        model: car.model,
        year: car.year,
        engine: car.engine,
        fuelType: car.fuelType,
        mileageKm: car.mileageKm,
      });
      garage.addVehicle(vehicle);
      created.vehicles += 1;
    }
  });
  return { created, garage };
}

/** The workshop's clients and vehicles as the API lists them, looked up the way the demo names them. */
class Garage {
  static async load(api) {
    const [clients, vehicles] = await Promise.all([api.all('/clients'), api.all('/vehicles')]);
    const garage = new Garage();
    clients.forEach((client) => garage.addClient(client));
    vehicles.forEach((vehicle) => garage.addVehicle(vehicle));
    return garage;
  }

  constructor() {
    this.clients = new Map();
    this.clientsById = new Map();
    this.vehicles = new Map();
    this.vehiclesByClient = new Map();
  }

  addClient(client) {
    if (!this.clients.has(nameKey(client))) this.clients.set(nameKey(client), client);
    this.clientsById.set(client.id, client);
  }

  addVehicle(vehicle) {
    if (vehicle.plate) this.vehicles.set(plateKey(vehicle.plate), vehicle);
    const own = this.vehiclesByClient.get(vehicle.clientId) ?? [];
    own.push(vehicle);
    this.vehiclesByClient.set(vehicle.clientId, own);
  }

  client(person) {
    return this.clients.get(nameKey(person));
  }

  clientById(id) {
    return this.clientsById.get(id);
  }

  vehicle(plate) {
    return this.vehicles.get(plateKey(plate));
  }

  /** The first demo (three cars, before plates had to be real) gave this car another plate. */
  legacyCarOf(clientId, car) {
    return (this.vehiclesByClient.get(clientId) ?? []).find(
      (vehicle) =>
        vehicle.make === car.make && vehicle.model === car.model && !DEMO_PLATES.has(plateKey(vehicle.plate)),
    );
  }

  /** A demo car by plate, with its owner; throws when the demo data names a car that is not there. */
  requireCar(plate) {
    const vehicle = this.vehicle(plate) ?? this.legacyCar(plate);
    if (!vehicle) throw new Error(`the demo workshop has no car ${plate}`);
    return { vehicle, client: this.clientsById.get(vehicle.clientId) };
  }

  legacyCar(plate) {
    for (const customer of CUSTOMERS) {
      const car = customer.cars.find((candidate) => plateKey(candidate.plate) === plateKey(plate));
      const client = car && this.client(customer);
      if (client) return this.legacyCarOf(client.id, car);
    }
    return undefined;
  }

  get clientCount() {
    return this.clientsById.size;
  }

  get vehicleCount() {
    let count = 0;
    for (const own of this.vehiclesByClient.values()) count += own.length;
    return count;
  }
}

module.exports = { ensureCustomers, Garage, plateKey };
