import { randomInt } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { components } from '../src/lib/api/schema.gen';
import type { Vehicle } from './support/api-types';
import { expect, test } from './support/fixtures';
import { openPage, signIn } from './support/navigation';
import type { TestWorkshop } from './support/pitlane-api';
import { settle } from './support/settle';
import { uniqueId } from './support/unique';

// Clients and vehicles (issue 14, item 7), in the browser against the real stack, at the desktop
// and the phone size: axe on every screen and every dialog, screenshots light and dark.

/** A European VIN: 17 characters, position 9 not used as a check digit (as most makers do). */
function europeanVin(): string {
  return `WVWZZZ1JZXW${String(randomInt(0, 1_000_000)).padStart(6, '0')}`;
}

function uniquePlate(): string {
  return `WA ${randomInt(10_000, 99_999)}`;
}

type AuditPage = components['schemas']['AuditEventPageResponse'];
type ClientExport = components['schemas']['ClientExportResponse'];

test.describe('clients and vehicles', () => {
  test.describe.configure({ timeout: 180_000 });

  test('a vehicle with a new client in one form: found, opened, VIN revealed, mileage edited, deleted', async ({
    page,
    api,
    workshop,
    axe,
    shots,
  }) => {
    const plate = uniquePlate();
    const vin = europeanVin();
    const lastName = `Nowak ${uniqueId()}`;
    await signIn(page, workshop.owner);

    await test.step('the empty list offers the next step', async () => {
      await openPage(page, '/vehicles');
      await expect(page.getByText('No vehicles yet')).toBeVisible();
      await settle(page);
      await axe.check();
      await shots.take('vehicles-empty');
      await page.getByRole('main').getByRole('link', { name: 'New vehicle' }).first().click();
      await expect(page).toHaveURL(/\/vehicles\/new$/);
    });

    await test.step('one form: a new owner and the car, the VIN judged as it is typed', async () => {
      await expect(page.getByRole('heading', { level: 1, name: 'New vehicle' })).toBeVisible();
      await expect(page.getByRole('radio', { name: 'New client' })).toBeChecked();
      await page.getByLabel('First name').fill('Anna');
      await page.getByLabel('Last name').fill(lastName);
      await page.getByLabel('Phone').fill('601 234 567');
      await page.getByLabel('E-mail').fill(`anna-${uniqueId()}@e2e.pitlane.test`);
      await page.getByLabel('Plate').fill(plate);
      const vinField = page.getByLabel('VIN', { exact: true });
      await vinField.pressSequentially(vin.slice(0, 9).toLowerCase());
      await expect(page.getByText('9 of 17 characters')).toBeVisible();
      await vinField.press('O');
      await expect(page.getByText(/A VIN never contains O/)).toBeVisible();
      await vinField.press('Backspace');
      await vinField.pressSequentially(vin.slice(9));
      await expect(page.getByText(/The check digit does not match — most European VINs don't use one/)).toBeVisible();
      await page.getByLabel('Make').fill('Volkswagen');
      await page.getByLabel('Model').fill('Golf');
      await page.getByLabel('Year').fill('2014');
      await page.getByLabel('Fuel').selectOption({ label: 'Diesel' });
      await page.getByLabel('Mileage (km)').fill('150 000');
      await settle(page);
      await axe.check();
      await shots.take('vehicle-new-form');
    });

    let vehicleId = '';
    await test.step('saving opens the vehicle page, the VIN masked to its tail', async () => {
      await page.getByRole('button', { name: 'Save vehicle' }).click();
      await expect(page).toHaveURL(/\/vehicles\/[0-9a-f-]{36}$/);
      vehicleId = page.url().split('/').pop()!;
      await expect(page.getByRole('heading', { level: 1, name: /Volkswagen Golf/ })).toBeVisible();
      await expect(page.getByText(`•••••••••••${vin.slice(-6)}`)).toBeVisible();
      await expect(page.getByText(vin)).toHaveCount(0);
      await expect(page.getByText('150,000 km').first()).toBeVisible();
      await settle(page);
      await axe.check();
      await shots.take('vehicle-page');
    });

    await test.step('revealing the VIN shows it and records who did in the audit trail', async () => {
      await page.getByRole('button', { name: 'Reveal VIN' }).click();
      await expect(page.getByText(vin, { exact: true })).toBeVisible();
      await settle(page);
      await axe.check();
      await shots.take('vehicle-vin-revealed');
      const audit = await api.request<AuditPage>('GET', `/audit-events?entityId=${vehicleId}`, {
        token: workshop.owner.session,
      });
      expect(audit.items).toContainEqual(
        expect.objectContaining({ action: 'vehicle.vin_revealed', actorUserId: workshop.owner.userId }),
      );
      await page.getByRole('button', { name: 'Hide VIN' }).click();
      await expect(page.getByText(vin, { exact: true })).toHaveCount(0);
    });

    await test.step('editing the mileage in a dialog', async () => {
      await page.getByRole('button', { name: 'Edit', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Edit vehicle' });
      await expect(dialog).toBeVisible();
      await axe.check({ include: '[role="dialog"]' });
      await shots.take('vehicle-edit');
      await dialog.getByLabel('Mileage (km)').fill('152 300');
      await dialog.getByRole('button', { name: 'Save changes' }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByText('152,300 km').first()).toBeVisible();
      const stored = await api.request<Vehicle>('GET', `/vehicles/${vehicleId}`, { token: workshop.owner.session });
      expect(stored.mileageKm).toBe(152_300);
    });

    await test.step('the mileage history lists both readings, newest first, with who typed them', async () => {
      const history = page.getByRole('table', { name: 'Mileage readings, newest first' });
      const rows = history.getByRole('row');
      // A header row and the two readings: at creation, and the edit.
      await expect(rows).toHaveCount(3);
      await expect(rows.nth(1)).toContainText('152,300 km');
      await expect(rows.nth(1)).toContainText('Entered on the vehicle');
      await expect(rows.nth(1)).toContainText(`by ${workshop.owner.name}`);
      await expect(rows.nth(2)).toContainText('150,000 km');
      await expect(history.getByText('Lower than before')).toHaveCount(0);
      await expect(page.getByRole('img', { name: /^Mileage over time: 2 readings, from 150,000 km/ })).toBeVisible();
      await settle(page);
      await axe.check();
      await shots.take('vehicle-mileage-history');
    });

    await test.step('a lower reading needs the override and is marked in the history', async () => {
      await page.getByRole('button', { name: 'Edit', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Edit vehicle' });
      await dialog.getByLabel('Mileage (km)').fill('15 230');
      await dialog.getByRole('checkbox', { name: /Yes, lower it/ }).check();
      await dialog.getByRole('button', { name: 'Save changes' }).click();
      await expect(dialog).toBeHidden();
      const rows = page.getByRole('table', { name: 'Mileage readings, newest first' }).getByRole('row');
      await expect(rows).toHaveCount(4);
      await expect(rows.nth(1)).toContainText('15,230 km');
      await expect(rows.nth(1)).toContainText('Lower than before');
      await expect(page.getByRole('img', { name: /1 reading is lower than the one before it\.$/ })).toBeVisible();
      await settle(page);
      await axe.check();
      await shots.take('vehicle-mileage-decreased');
    });

    await test.step('a second vehicle with the same VIN is refused in place, with a link to the first', async () => {
      await openPage(page, '/vehicles/new');
      await page.getByLabel('First name').fill('Jan');
      await page.getByLabel('Last name').fill(`Kowalski ${uniqueId()}`);
      await page.getByLabel('VIN', { exact: true }).fill(vin);
      await page.getByLabel('Make').fill('Volkswagen');
      await page.getByLabel('Model').fill('Passat');
      await page.getByRole('button', { name: 'Save vehicle' }).click();
      await expect(page.getByText('Another vehicle of this workshop already has this VIN.')).toBeVisible();
      await page.getByRole('link', { name: /Open Volkswagen Golf/ }).click();
      await expect(page).toHaveURL(new RegExp(`/vehicles/${vehicleId}$`));
    });

    await test.step('the list finds it by its plate typed without spaces', async () => {
      await openPage(page, '/vehicles');
      await expect(page.getByRole('link', { name: new RegExp(plate) })).toBeVisible();
      await page.getByRole('searchbox', { name: 'Search vehicles' }).fill(plate.replace(' ', '').toLowerCase());
      await expect(page).toHaveURL(/q=/);
      await expect(page.getByText('1 match')).toBeVisible();
      await expect(page.getByRole('link', { name: new RegExp(plate) })).toBeVisible();
      await settle(page);
      await axe.check();
      await shots.take('vehicles-search');
    });

    await test.step("the owner's page: contacts, consent, their vehicle", async () => {
      await page.getByRole('link', { name: new RegExp(plate) }).click();
      await settle(page);
      await page.getByRole('link', { name: `Anna ${lastName}` }).click();
      await expect(page.getByRole('heading', { level: 1, name: `Anna ${lastName}` })).toBeVisible();
      await expect(page.getByRole('link', { name: '+48601234567' })).toHaveAttribute('href', 'tel:+48601234567');
      await expect(page.getByRole('link', { name: new RegExp(`${plate}.*Volkswagen Golf`) })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Repair orders' })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Invoices' })).toBeVisible();
      await settle(page);
      await axe.check();
      await shots.take('client-page');
    });

    await test.step('deleting the vehicle', async () => {
      await page.getByRole('link', { name: new RegExp(`${plate}.*Volkswagen Golf`) }).click();
      await settle(page);
      await page.getByRole('button', { name: 'Delete', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Delete Volkswagen Golf?' });
      await axe.check({ include: '[role="dialog"]' });
      await dialog.getByRole('button', { name: 'Delete vehicle' }).click();
      await expect(page).toHaveURL(/\/vehicles$/);
      await api.request('GET', `/vehicles/${vehicleId}`, { token: workshop.owner.session, expect: 404 });
      await expect(page.getByText('No vehicles yet')).toBeVisible();
    });
  });

  test('a client: listed, searched, data exported as JSON, then erased with typed confirmation', async ({
    page,
    api,
    workshop,
    axe,
    shots,
  }) => {
    const vin = europeanVin();
    const lastName = `Kowalska ${uniqueId()}`;
    const token = workshop.owner.session;
    const vehicle = await api.createVehicle(token, {
      client: { firstName: 'Ewa', lastName, phone: '+48 602 111 222', gdprConsent: true, nationalId: '44051401359' },
      plate: uniquePlate(),
      vin,
      make: 'Škoda',
      model: 'Octavia',
    });
    const clientId = vehicle.clientId!;
    const name = `Ewa ${lastName}`;
    await signIn(page, workshop.owner);

    await test.step('the list, and a search by name', async () => {
      await openPage(page, '/clients');
      await expect(page.getByRole('link', { name: `${lastName} Ewa` })).toBeVisible();
      await expect(page.getByText('1 client', { exact: true })).toBeVisible();
      await settle(page);
      await axe.check();
      await shots.take('clients-list');
      await page.getByRole('searchbox', { name: 'Search clients' }).fill(lastName.split(' ')[0]!);
      await expect(page.getByRole('link', { name })).toBeVisible();
      await page.getByRole('link', { name }).click();
    });

    await test.step('the page masks the national id; the owner may show it', async () => {
      await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
      await expect(page.getByText('•••••••1359')).toBeVisible();
      await expect(page.getByText('44051401359')).toHaveCount(0);
      await expect(page.getByText(/Agreed on/)).toBeVisible();
      await settle(page);
      await axe.check();
    });

    await test.step('"add vehicle for this client" opens the form with the owner picked', async () => {
      await page.getByRole('link', { name: 'Add vehicle for this client' }).click();
      await expect(page.getByRole('radio', { name: 'Existing client' })).toBeChecked();
      await expect(page.getByText(name, { exact: true })).toBeVisible();
      // Changing the owner searches the workshop's clients as one types; picking puts them back.
      await page.getByRole('button', { name: 'Change' }).click();
      await page.getByRole('combobox', { name: 'Find a client' }).fill(lastName.split(' ')[1]!);
      await page.getByRole('option', { name: new RegExp(name) }).click();
      await expect(page.getByText(name, { exact: true })).toBeVisible();
      await page.getByLabel('Make').fill('Toyota');
      await page.getByLabel('Model').fill('Yaris');
      await settle(page);
      await axe.check();
      await page.getByRole('button', { name: 'Save vehicle' }).click();
      await expect(page.getByRole('heading', { level: 1, name: /Toyota Yaris/ })).toBeVisible();
      await page.getByRole('link', { name }).click();
      await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
      await expect(page.getByRole('link', { name: /Toyota Yaris/ })).toBeVisible();
    });

    await test.step('GDPR export downloads everything as a JSON file, full VINs included', async () => {
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Download data (JSON)' }).click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/^client-export-kowalska-.*\d{4}-\d{2}-\d{2}\.json$/);
      const exported = JSON.parse(await readFile(await file.path(), 'utf8')) as ClientExport;
      expect(exported.client).toMatchObject({ id: clientId, firstName: 'Ewa', nationalId: '44051401359' });
      expect(exported.vehicles).toEqual(
        expect.arrayContaining([expect.objectContaining({ id: vehicle.id, vin, vinTail: vin.slice(-6) })]),
      );
      expect(exported.vehicles).toHaveLength(2);
    });

    await test.step('erasure waits for the typed name, then removes the person', async () => {
      await page.getByRole('button', { name: 'Erase client' }).click();
      const dialog = page.getByRole('dialog', { name: `Erase ${name}?` });
      await expect(dialog).toBeVisible();
      const confirm = dialog.getByRole('button', { name: 'Erase client' });
      await expect(confirm).toBeDisabled();
      await dialog.getByLabel(`Type ${name} to confirm`).fill('Ewa');
      await expect(confirm).toBeDisabled();
      await axe.check({ include: '[role="dialog"]' });
      await shots.take('client-erase');
      await dialog.getByLabel(`Type ${name} to confirm`).fill(name);
      await confirm.click();
      await expect(page).toHaveURL(/\/clients$/);
      await api.request('GET', `/clients/${clientId}`, { token, expect: 404 });
      const car = await api.request<Vehicle>('GET', `/vehicles/${vehicle.id}`, { token });
      expect(car).toMatchObject({ clientId: null, plate: null, vinTail: null, make: 'Škoda' });
    });
  });

  test("another workshop's vehicle and client are simply not found", async ({ page, api, workshop, axe, shots }) => {
    const other: TestWorkshop = await api.signUpWorkshop();
    const theirs = await api.createVehicle(other.owner.session, { plate: uniquePlate(), vin: europeanVin() });
    await signIn(page, workshop.owner);

    await openPage(page, `/vehicles/${theirs.id}`);
    await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
    await expect(page.getByText(theirs.plate!)).toHaveCount(0);
    await settle(page);
    await axe.check();
    await shots.take('vehicle-not-found');

    await openPage(page, `/clients/${theirs.clientId}`);
    await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
    await openPage(page, '/vehicles/not-a-vehicle-id');
    await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
  });
});

test('a vehicle without a mileage says so and offers to enter one', async ({ page, api, workshop, axe, shots }) => {
  const vehicle = await api.createVehicle(workshop.owner.session, { plate: uniquePlate() });
  await signIn(page, workshop.owner);
  await openPage(page, `/vehicles/${vehicle.id}`);
  await expect(page.getByText(/No mileage recorded yet/)).toBeVisible();
  await expect(page.getByRole('table', { name: 'Mileage readings, newest first' })).toHaveCount(0);
  await settle(page);
  await axe.check();
  await shots.take('vehicle-mileage-empty');
  await page.getByRole('button', { name: 'Enter the mileage' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit vehicle' });
  await dialog.getByLabel('Mileage (km)').fill('42 000');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog).toBeHidden();
  const rows = page.getByRole('table', { name: 'Mileage readings, newest first' }).getByRole('row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('42,000 km');
});

test('a vehicle page opens a repair order; vehicle and client pages list orders newest first, with more', async ({
  page,
  api,
  workshop,
  axe,
  shots,
}) => {
  test.setTimeout(180_000);
  const token = workshop.owner.session;
  const vehicle = await api.createVehicle(token, {
    plate: uniquePlate(),
    make: 'Toyota',
    model: 'Corolla',
    client: { firstName: 'Maja', lastName: `Lis ${uniqueId()}` },
  });
  const card = (title: string) =>
    page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: title, exact: true }) });
  await signIn(page, workshop.owner);

  await test.step('no orders or invoices yet: the cards say so and offer a new order', async () => {
    await openPage(page, `/vehicles/${vehicle.id}`);
    await expect(card('Repair orders').getByText('No repair orders for this car yet.')).toBeVisible();
    await expect(card('Invoices').getByText('No invoices for this car yet.')).toBeVisible();
    await settle(page);
    await axe.check();
    await shots.take('vehicle-no-orders');
  });

  await test.step('"New repair order" opens one for this car and lands on its page', async () => {
    await card('Repair orders').getByRole('button', { name: 'New repair order' }).click();
    const dialog = page.getByRole('dialog', { name: 'New repair order' });
    await dialog.getByLabel('Mileage in (km)').fill('12x');
    await dialog.getByRole('button', { name: 'Open order' }).click();
    await expect(dialog.getByText('Enter the kilometres as a whole number.')).toBeVisible();
    await dialog.getByLabel('Mileage in (km)').fill('87 500');
    await dialog.getByLabel('Complaint').fill('Rattle from the front left wheel');
    await axe.check({ include: '[role="dialog"]' });
    await shots.take('vehicle-new-order');
    await dialog.getByRole('button', { name: 'Open order' }).click();
    await expect(page).toHaveURL(/\/orders\/[0-9a-f-]{36}$/);
    await expect(page.getByText('Rattle from the front left wheel')).toBeVisible();
    await expect(page.getByText('87,500 km')).toBeVisible();
  });

  await test.step('six orders: the newest five first, then "show more"', async () => {
    for (let i = 0; i < 5; i += 1) {
      await api.request('POST', '/repair-orders', { token, body: { vehicleId: vehicle.id }, expect: 201 });
    }
    const newest = await api.request<{ items: { number: number }[] }>(
      'GET',
      `/repair-orders?vehicleId=${vehicle.id}&sort=-createdAt&limit=1`,
      { token },
    );
    await openPage(page, `/vehicles/${vehicle.id}`);
    const rows = card('Repair orders').getByRole('link', { name: /Order #\d+/ });
    await expect(rows).toHaveCount(5);
    await expect(rows.first()).toContainText(`Order #${newest.items[0]!.number}`);
    await expect(rows.first()).toContainText('Draft');
    await expect(rows.first()).toContainText(/PLN\s0\.00/);
    await settle(page);
    await axe.check();
    await shots.take('vehicle-orders');
    await card('Repair orders').getByRole('button', { name: 'Show 1 more' }).click();
    await expect(rows).toHaveCount(6);
    await expect(card('Repair orders').getByRole('button', { name: /Show \d+ more/ })).toHaveCount(0);

    await openPage(page, `/clients/${vehicle.clientId}`);
    const clientRows = card('Repair orders').getByRole('link', { name: /Order #\d+/ });
    await expect(clientRows).toHaveCount(5);
    await expect(clientRows.first()).toContainText(vehicle.plate!);
    await expect(card('Invoices').getByText('No invoices for this client yet.')).toBeVisible();
    await settle(page);
    await axe.check();
    await shots.take('client-orders');
    await clientRows.last().click();
    await expect(page.getByRole('heading', { level: 1, name: /Order #\d+/ })).toBeVisible();
  });
});

test.describe('clients and vehicles in Polish and Danish', () => {
  const languages = [
    {
      locale: 'pl',
      country: 'PL',
      vehicles: 'Pojazdy',
      reveal: 'Pokaż VIN',
      client: 'Kontakt i zgoda',
      readings: 'Odczyty przebiegu, od najnowszego',
      // Polish groups thousands with a no-break space.
      km: '98\u00a0765 km',
    },
    {
      locale: 'da',
      country: 'DK',
      vehicles: 'Køretøjer',
      reveal: 'Vis stelnummer',
      client: 'Kontakt og samtykke',
      readings: 'Kilometeraflæsninger, nyeste først',
      km: '98.765 km',
    },
  ] as const;
  // Three screens, each axe-checked and shot in two schemes: over a minute on a busy machine.
  test.describe.configure({ timeout: 120_000 });

  for (const language of languages) {
    test(`the list, the vehicle and the client page in ${language.locale}`, async ({ page, api, axe, shots }) => {
      const workshop = await api.signUpWorkshop({ locale: language.locale, country: language.country });
      const vehicle = await api.createVehicle(workshop.owner.session, {
        plate: uniquePlate(),
        vin: europeanVin(),
        mileageKm: 98_765,
        fuelType: 'hybrid',
      });
      await signIn(page, workshop.owner);

      await openPage(page, '/vehicles');
      await expect(page.getByRole('heading', { level: 1, name: language.vehicles })).toBeVisible();
      await settle(page);
      await axe.check();
      await shots.take(`vehicles-list-${language.locale}`);

      await page.getByRole('link', { name: new RegExp(vehicle.plate!) }).click();
      await expect(page.getByRole('button', { name: language.reveal })).toBeVisible();
      const readings = page.getByRole('table', { name: language.readings }).getByRole('row');
      await expect(readings).toHaveCount(2);
      await expect(readings.nth(1)).toContainText(language.km);
      await settle(page);
      await axe.check();
      await shots.take(`vehicle-page-${language.locale}`);

      await openPage(page, `/clients/${vehicle.clientId}`);
      await expect(page.getByRole('heading', { name: language.client })).toBeVisible();
      await settle(page);
      await axe.check();
      await shots.take(`client-page-${language.locale}`);
    });
  }
});
