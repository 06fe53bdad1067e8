import type { Locator, Page } from '@playwright/test';
import type { Vehicle } from './support/api-types';
import { expect, test } from './support/fixtures';
import { openPage } from './support/navigation';
import type { PitlaneApi, TestWorkshop } from './support/pitlane-api';
import { openStaffPage, signInToShell } from './support/staff-shell';

// The Ctrl/⌘+K palette as a mechanic at the counter uses it: a plate typed without its space,
// the last six characters of a VIN read off the windscreen, a customer's name typed without
// Polish letters and with a slip, a phone number. The search index is fed by the worker, so the
// arrangement waits until the API finds the car before the browser looks for it.

const OWNER = { firstName: 'Józef', lastName: 'Wróblewski', phone: '+48 601 234 567' };
const PLATE = 'WA 12345';
const VIN = 'WVWZZZ1KZ8W042788';

interface Garage {
  vehicle: Vehicle;
  other: Vehicle;
}

/** Two clients with a car each; resolves once the search index has both. */
async function arrangeGarage(api: PitlaneApi, workshop: TestWorkshop): Promise<Garage> {
  const token = workshop.owner.session;
  const client = await api.createClient(token, OWNER);
  const vehicle = await api.createVehicle(token, {
    clientId: client.id,
    plate: PLATE,
    vin: VIN,
    make: 'Volkswagen',
    model: 'Golf',
    year: 2014,
  });
  const other = await api.createVehicle(token, {
    client: { firstName: 'Anna', lastName: 'Nowak', phone: '+48 512 987 654' },
    plate: 'KR 9876A',
    make: 'Toyota',
    model: 'Corolla',
    year: 2019,
  });
  for (const q of ['WA12345', 'KR9876A']) {
    await expect
      .poll(
        async () => {
          const found = await api.request<{ items: { id: string }[] }>('GET', `/search?q=${q}`, { token });
          return found.items.length;
        },
        { message: `the search index has ${q}`, timeout: 20_000 },
      )
      .toBeGreaterThan(0);
  }
  return { vehicle, other };
}

function palette(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Search' });
}

function searchBox(page: Page): Locator {
  return palette(page).getByRole('combobox', { name: 'Search vehicles and clients' });
}

/** A hit in the palette: an option whose text has all of `parts`. */
function hit(page: Page, ...parts: string[]): Locator {
  let option = palette(page).getByRole('option');
  for (const part of parts) option = option.filter({ hasText: part });
  return option;
}

async function openWithShortcut(page: Page): Promise<void> {
  await page.keyboard.press('ControlOrMeta+k');
  await expect(searchBox(page)).toBeFocused();
}

test('the palette finds a car by plate, VIN tail, owner and phone, and Enter opens it', async ({
  page,
  api,
  workshop,
  axe,
  shots,
  isMobile,
}) => {
  test.setTimeout(90_000);
  const { vehicle } = await arrangeGarage(api, workshop);
  // A mechanic who has opened nothing yet: "recent" starts empty.
  const mechanic = await api.addStaff(workshop.owner.session, { role: 'mechanic', name: 'Marek Mechanik' });
  await signInToShell(page, mechanic);

  // Ctrl+K (⌘+K on a Mac) opens it everywhere; with nothing opened yet it says what comes there.
  await openWithShortcut(page);
  await expect(palette(page).getByText('Vehicles you open show up here.')).toBeVisible();
  await axe.check();
  await shots.take('palette-empty');

  // The plate without its space.
  await searchBox(page).fill('wa12345');
  await expect(hit(page, PLATE, 'Volkswagen Golf', 'Józef Wróblewski', '+48 601 234 567')).toBeVisible();

  // The VIN's last six characters.
  await searchBox(page).fill(VIN.slice(-6));
  await expect(hit(page, PLATE)).toBeVisible();
  await expect(hit(page, 'KR 9876A')).toHaveCount(0);

  // The owner's name without Polish letters: the car and the client, each in its group.
  await searchBox(page).fill('jozef wroblewski');
  await expect(
    palette(page)
      .getByRole('group', { name: 'Vehicles' })
      .getByRole('option', { name: /WA 12345/ }),
  ).toBeVisible();
  await expect(
    palette(page)
      .getByRole('group', { name: 'Clients' })
      .getByRole('option', { name: /Józef Wróblewski/ }),
  ).toBeVisible();
  await axe.check({ include: '[role="dialog"]' });
  await shots.take('palette-results');

  // ... and with a slip of the finger.
  await searchBox(page).fill('Jozef Wroblewksi');
  await expect(hit(page, PLATE)).toBeVisible();

  // The phone, as people read it out.
  await searchBox(page).fill('601 234 567');
  await expect(hit(page, PLATE)).toBeVisible();
  await expect(hit(page, 'Anna Nowak')).toHaveCount(0);

  // Another car first, then the plate: Enter opens the first hit of the answer now on screen.
  await searchBox(page).fill('Anna Nowak');
  await expect(hit(page, 'KR 9876A')).toBeVisible();
  await searchBox(page).fill('WA 12345');
  await expect(hit(page, PLATE)).toBeVisible();
  await expect(hit(page, 'KR 9876A')).toHaveCount(0);
  await expect(hit(page, PLATE).first()).toHaveAttribute('aria-selected', 'true');
  await searchBox(page).press('Enter');
  await page.waitForURL(`**/vehicles/${vehicle.id}`);
  await expect(palette(page)).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Volkswagen Golf');

  // Opened once, it is the first of the recent cars the empty palette offers; phones open it
  // from the header's search button, desktops with `/`.
  if (isMobile) {
    await page.getByRole('banner').getByRole('button', { name: 'Search vehicles and clients' }).click();
  } else {
    await page.keyboard.press('/');
  }
  await expect(searchBox(page)).toBeFocused();
  await expect(searchBox(page)).toHaveValue('');
  const recent = palette(page).getByRole('group', { name: 'Recently opened' });
  await expect(recent.getByRole('option').first()).toContainText(PLATE);
  await axe.check({ include: '[role="dialog"]' });
  await shots.take('palette-recent');

  // Escape closes it and gives the page back.
  await page.keyboard.press('Escape');
  await expect(palette(page)).toBeHidden();
});

test('results stay on screen while the next answer is on its way', async ({ page, api, workshop }) => {
  await arrangeGarage(api, workshop);
  await signInToShell(page, workshop.owner);
  await openWithShortcut(page);
  await searchBox(page).fill('wa1234');
  await expect(hit(page, PLATE)).toBeVisible();

  // The next answer is held back a moment (the real API answers it afterwards): what is on screen
  // stays, marked busy, instead of flashing to nothing.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/v1/search?*', async (route) => {
    await held;
    await route.continue();
  });
  await searchBox(page).pressSequentially('5');
  await expect(palette(page).getByRole('status')).toHaveText('Searching…');
  await expect(palette(page).getByRole('listbox', { name: 'Results' })).toHaveAttribute('aria-busy', 'true');
  await expect(hit(page, PLATE)).toBeVisible();
  await expect(palette(page).getByText(/Nothing matches/)).toHaveCount(0);
  release();
  await expect(palette(page).getByRole('status')).toHaveText('1 result');
  await expect(hit(page, PLATE)).toBeVisible();
  await page.unroute('**/api/v1/search?*');

  // Something that matches nothing says so, quoting what was typed.
  await searchBox(page).fill('zzqqxx');
  await expect(palette(page).getByText('Nothing matches “zzqqxx”.')).toBeVisible();
});

test('the palette opens only over the staff app itself: not on sign-in, in a field or over a dialog', async ({
  page,
  workshop,
  isMobile,
}) => {
  test.skip(isMobile, 'keyboard shortcuts: the desktop is enough');
  await openPage(page, '/login');
  await page.keyboard.press('ControlOrMeta+k');
  await expect(palette(page)).toHaveCount(0);

  await signInToShell(page, workshop.owner);
  await openStaffPage(page, '/settings/personal');
  const name = page.getByLabel('Name', { exact: true });
  await name.fill('Olga');
  await name.press('/');
  await expect(name).toHaveValue('Olga/');
  await expect(palette(page)).toHaveCount(0);

  // A dialog on screen keeps the keyboard: the palette does not open over it.
  await openStaffPage(page, '/settings/staff');
  await page.getByRole('button', { name: 'Invite someone' }).click();
  const invite = page.getByRole('dialog', { name: 'Invite someone' });
  await expect(invite).toBeVisible();
  await page.keyboard.press('ControlOrMeta+k');
  await expect(palette(page)).toHaveCount(0);
  await expect(invite).toBeVisible();
});
