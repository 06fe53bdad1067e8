import type { components } from '../src/lib/api/schema.gen';
import { expect, test } from './support/fixtures';
import { openPage, signIn } from './support/navigation';
import type { TestWorkshop } from './support/pitlane-api';
import { settle } from './support/settle';
import { uniqueId } from './support/unique';

// Parts and stock (issue 16, item 5), in the browser against the real stack, at the desktop and
// the phone size: axe on every screen and dialog, screenshots light and dark.

type Part = components['schemas']['PartResponse'];

async function createPart(
  api: { request: <T>(m: string, p: string, o: object) => Promise<T> },
  workshop: TestWorkshop,
  body: object,
) {
  return api.request<Part>('POST', '/parts', {
    token: workshop.owner.session,
    body: { costMinor: 1000, priceMinor: 2500, vatRateBp: 2300, ...body },
    expect: 201,
  });
}

test.describe('parts and stock', () => {
  test.describe.configure({ timeout: 180_000 });

  test('create a part, receive, adjust with a reason, and be refused below zero in words', async ({
    page,
    workshop,
    axe,
    shots,
  }) => {
    const number = `OC-${uniqueId()}`;
    await signIn(page, workshop.owner);

    await test.step('the empty list offers a new part', async () => {
      await openPage(page, '/parts');
      await expect(page.getByText('No parts yet')).toBeVisible();
      await settle(page);
      await axe.check();
      await shots.take('parts-empty');
    });

    await test.step('"New part": money typed as a decimal', async () => {
      await page.getByRole('button', { name: 'New part' }).first().click();
      const dialog = page.getByRole('dialog', { name: 'New part' });
      await expect(dialog).toBeVisible();
      await dialog.getByLabel('Part number').fill(number);
      await dialog.getByLabel('Name', { exact: true }).fill('Oil filter');
      await dialog.getByLabel('Brand').fill('Mahle');
      await dialog.getByLabel(/^Selling price/).fill('39,9');
      await dialog.getByLabel(/^Purchase cost/).fill('12.5.0');
      await dialog.getByLabel(/^Reorder point/).fill('2');
      await dialog.getByRole('button', { name: 'Add part' }).click();
      await expect(dialog.getByText('Type an amount such as 39,90 (up to two decimals).')).toBeVisible();
      await axe.check();
      await shots.take('part-new-dialog');
      await dialog.getByLabel(/^Purchase cost/).fill('21,50');
      await dialog.getByRole('button', { name: 'Add part' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Oil filter' })).toBeVisible();
      await expect(page).toHaveURL(/\/parts\/[0-9a-f-]{36}$/);
    });

    await test.step('the part page shows the price from minor units and an empty ledger', async () => {
      await expect(page.getByText('PLN 39.90')).toBeVisible();
      await expect(page.getByText('PLN 21.50')).toBeVisible();
      await expect(page.getByText('No stock movements yet')).toBeVisible();
      await expect(page.getByText('Low stock').filter({ visible: true }).first()).toBeVisible();
      await settle(page);
      await axe.check();
      await shots.take('part-new');
    });

    await test.step('receive ten with a delivery note', async () => {
      await page.getByRole('button', { name: 'Receive' }).first().click();
      const dialog = page.getByRole('dialog', { name: 'Receive Oil filter' });
      await dialog.getByLabel('Pieces received').fill('10');
      await dialog.getByLabel('Reason').fill('Delivery WZ/12');
      await dialog.getByRole('button', { name: 'Receive' }).click();
      await expect(dialog).toHaveCount(0);
      await expect(page.getByText('+10').filter({ visible: true }).first()).toBeVisible();
      await expect(page.getByText('Delivery WZ/12').filter({ visible: true }).first()).toBeVisible();
      await expect(page.getByRole('main').getByText('Olga Owner').filter({ visible: true }).first()).toBeVisible();
    });

    await test.step('adjust down by three with a reason', async () => {
      await page.getByRole('button', { name: 'Adjust' }).first().click();
      const dialog = page.getByRole('dialog', { name: 'Adjust stock of Oil filter' });
      await dialog.getByLabel('Change in pieces').fill('-3');
      await dialog.getByRole('button', { name: 'Adjust' }).click();
      await expect(dialog.getByText('Say why, so the ledger explains itself.')).toBeVisible();
      await dialog.getByLabel('Reason').fill('Stock count');
      await dialog.getByRole('button', { name: 'Adjust' }).click();
      await expect(dialog).toHaveCount(0);
      await expect(page.getByText('Stock count').filter({ visible: true }).first()).toBeVisible();
      await expect(page.getByText('−3').filter({ visible: true }).first()).toBeVisible();
      await expect(page.getByText('7 pcs').filter({ visible: true }).first()).toBeVisible();
      await settle(page);
      await axe.check();
      await shots.take('part-ledger');
    });

    await test.step('taking eight of seven is refused, and the dialog says why', async () => {
      await page.getByRole('button', { name: 'Adjust' }).first().click();
      const dialog = page.getByRole('dialog', { name: 'Adjust stock of Oil filter' });
      await dialog.getByLabel('Change in pieces').fill('-8');
      await dialog.getByLabel('Reason').fill('Broken in the bay');
      await dialog.getByRole('button', { name: 'Adjust' }).click();
      await expect(dialog.getByText('Stock cannot go below zero')).toBeVisible();
      await expect(
        dialog.getByText('There are only 7 pieces in stock, so 8 cannot be taken away.', { exact: false }),
      ).toBeVisible();
      await axe.check();
      await shots.take('part-below-zero');
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await expect(page.getByText('7 pcs').filter({ visible: true }).first()).toBeVisible();
    });

    await test.step('a part with history is not deleted: the dialog offers to deactivate it', async () => {
      await page.getByRole('button', { name: 'Delete' }).click();
      const dialog = page.getByRole('dialog', { name: 'Delete Oil filter?' });
      await dialog.getByRole('button', { name: 'Delete part' }).click();
      await expect(dialog.getByText('This part has a history')).toBeVisible();
      await axe.check();
      await shots.take('part-delete-refused');
      await dialog.getByRole('button', { name: 'Deactivate part' }).click();
      await expect(dialog).toHaveCount(0);
      await expect(page.getByText('Inactive').filter({ visible: true }).first()).toBeVisible();
    });
  });

  test('the low-stock filter lives in the URL; a mechanic only looks', async ({ page, api, workshop, axe, shots }) => {
    const tag = uniqueId();
    const low = await createPart(api, workshop, {
      partNumber: `LOW-${tag}`,
      name: `Brake pads ${tag}`,
      reorderPoint: 4,
    });
    const plenty = await createPart(api, workshop, {
      partNumber: `OK-${tag}`,
      name: `Spark plug ${tag}`,
      reorderPoint: 2,
    });
    await api.request('POST', `/parts/${plenty.id}/movements`, {
      token: workshop.owner.session,
      body: { kind: 'receive', quantity: 12, reason: 'Opening stock' },
      expect: 201,
    });
    await api.request('POST', `/parts/${low.id}/movements`, {
      token: workshop.owner.session,
      body: { kind: 'receive', quantity: 1, reason: 'Opening stock' },
      expect: 201,
    });
    await signIn(page, workshop.owner);

    await openPage(page, '/parts');
    await expect(page.getByRole('link', { name: `Brake pads ${tag}` }).first()).toBeVisible();
    await expect(page.getByRole('link', { name: `Spark plug ${tag}` }).first()).toBeVisible();
    await settle(page);
    await axe.check();
    await shots.take('parts-list');

    await page.getByRole('checkbox', { name: 'Only low stock' }).check();
    await expect(page).toHaveURL(/[?&]low=1/);
    await expect(page.getByRole('link', { name: `Spark plug ${tag}` })).toHaveCount(0);
    await expect(page.getByRole('link', { name: `Brake pads ${tag}` }).first()).toBeVisible();
    await expect(page.getByText('1 part running low')).toBeVisible();
    await settle(page);
    await axe.check();
    await shots.take('parts-low');
    await page.reload();
    await expect(page.getByRole('checkbox', { name: 'Only low stock' })).toBeChecked();

    await page.getByRole('checkbox', { name: 'Only low stock' }).uncheck();
    await page
      .getByRole('searchbox', { name: 'Search parts' })
      .or(page.getByLabel('Search parts'))
      .first()
      .fill('spark');
    await expect(page).toHaveURL(/[?&]q=spark/);
    await expect(page.getByRole('link', { name: `Brake pads ${tag}` })).toHaveCount(0);

    const mechanic = await api.addStaff(workshop.owner.session, { role: 'mechanic' });
    await signIn(page, mechanic);
    await openPage(page, `/parts/${low.id}`);
    await expect(page.getByRole('heading', { level: 1, name: `Brake pads ${tag}` })).toBeVisible();
    await expect(page.getByText('Opening stock').filter({ visible: true }).first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Receive' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Adjust' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Edit' })).toHaveCount(0);
    await settle(page);
    await axe.check();
    await shots.take('part-as-mechanic');
    await openPage(page, '/parts');
    await expect(page.getByRole('button', { name: 'New part' })).toHaveCount(0);
  });

  test("another workshop's part is simply not found", async ({ page, api, workshop, axe, shots }) => {
    const other: TestWorkshop = await api.signUpWorkshop();
    const theirs = await createPart(api, other, { partNumber: `THEIRS-${uniqueId()}`, name: 'Their secret part' });
    await signIn(page, workshop.owner);
    await openPage(page, `/parts/${theirs.id}`);
    await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
    await expect(page.getByText('Their secret part')).toHaveCount(0);
    await settle(page);
    await axe.check();
    await shots.take('part-not-found');
    await openPage(page, '/parts/not-a-part-id');
    await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
  });
});
