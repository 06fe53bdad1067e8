import type { components } from '../src/lib/api/schema.gen';
import { catalogBrakeService, LABOUR, PART, stockedBrakePads } from './support/estimate-order';
import { expect, test } from './support/fixtures';
import { openPage, signIn } from './support/navigation';
import type { PitlaneApi, TestWorkshop } from './support/pitlane-api';
import { settle } from './support/settle';
import { uniqueId } from './support/unique';

// The repair-order page (issue 16, item 2, and the one-tap clock of item 4) against the real
// stack, at the desktop and the phone size: axe on every screen and dialog, screenshots light and dark.

type Order = components['schemas']['RepairOrderResponse'];
type EstimatePage = components['schemas']['EstimateVersionPageResponse'];
type MyClock = components['schemas']['MyClockResponse'];

/** A car with an owner who has an e-mail address, a catalog service, a part in stock, and an order. */
async function seedOrder(api: PitlaneApi, workshop: TestWorkshop) {
  const token = workshop.owner.session;
  const vehicle = await api.createVehicle(token, {
    plate: `KR ${uniqueId().slice(0, 5).toUpperCase()}`,
    make: 'Skoda',
    model: 'Octavia',
    client: { firstName: 'Anna', lastName: `Nowak ${uniqueId()}`, email: `anna-${uniqueId()}@e2e.pitlane.test` },
  });
  await catalogBrakeService(api, token);
  await stockedBrakePads(api, token);
  const order = await api.request<Order>('POST', '/repair-orders', {
    token,
    body: { vehicleId: vehicle.id, mileageIn: 154_000, complaint: 'Squealing brakes at low speed' },
    expect: 201,
  });
  await api.request('PUT', `/repair-orders/${order.id}/mechanics/${workshop.owner.userId}`, { token, expect: 200 });
  return { order, vehicle };
}

test.describe('the repair-order page', () => {
  test.describe.configure({ timeout: 240_000 });

  test('lines from the catalog and stock, estimate, phone approval, clock, re-approval', async ({
    page,
    api,
    workshop,
    axe,
    shots,
  }) => {
    const { order, vehicle } = await seedOrder(api, workshop);
    await signIn(page, workshop.owner);

    await test.step('a new order shows its header and offers the first line', async () => {
      await openPage(page, `/orders/${order.id}`);
      await expect(page.getByRole('heading', { level: 1, name: new RegExp(`Order #${order.number}`) })).toBeVisible();
      await expect(page.getByText('Draft', { exact: true })).toBeVisible();
      await expect(page.getByRole('link', { name: /Skoda Octavia/ })).toHaveAttribute(
        'href',
        `/vehicles/${vehicle.id}`,
      );
      await expect(page.getByText('154,000 km')).toBeVisible();
      await expect(page.getByText('Squealing brakes at low speed')).toBeVisible();
      await expect(page.getByText('No lines yet')).toBeVisible();
      await settle(page);
      await axe.check();
      await shots.take('empty');
    });

    await test.step('labour from the service catalog, answered for by the mechanic', async () => {
      await page.getByRole('button', { name: 'Add the first line' }).click();
      const dialog = page.getByRole('dialog', { name: 'Add a line' });
      await dialog.getByLabel('From the service catalog').selectOption({ label: `${LABOUR} · PLN\u00a0180.00` });
      await expect(dialog.getByLabel('Description')).toHaveValue(LABOUR);
      await dialog.getByLabel('Hours').fill('1.5');
      await dialog.getByLabel('Mechanic').selectOption({ index: 1 });
      await axe.check({ include: '[role="dialog"]' });
      await shots.take('add-labour');
      await dialog.getByRole('button', { name: 'Add line' }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByRole('list', { name: 'Work and parts' }).getByText(LABOUR)).toBeVisible();
    });

    await test.step('a part from stock, its stock shown in the picker', async () => {
      await page.getByRole('button', { name: 'Add line', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Add a line' });
      await dialog.getByLabel('Type').selectOption('part');
      const part = dialog.getByLabel('Part', { exact: true });
      await expect(part.getByRole('option', { name: /Brake pad set .* 6 in stock/ })).toHaveCount(1);
      await part.selectOption({ index: 1 });
      await expect(dialog.getByLabel('Description')).toHaveValue(PART);
      await dialog.getByLabel('Quantity').fill('2');
      await axe.check({ include: '[role="dialog"]' });
      await shots.take('add-part');
      await dialog.getByRole('button', { name: 'Add line' }).click();
      await expect(dialog).toBeHidden();
    });

    await test.step('the totals and VAT summary are the API’s, formatted', async () => {
      // 1.5 h x 180.00 = 270.00 at 23% (62.10); 2 x 39.99 = 79.98 at 8% (6.40); gross 418.48.
      const totals = page.getByRole('table', { name: 'Order totals' });
      await expect(totals.getByRole('row', { name: /VAT 8% on PLN.79\.98/ })).toContainText('PLN\u00a06.40');
      await expect(totals.getByRole('row', { name: /VAT 23% on PLN.270\.00/ })).toContainText('PLN\u00a062.10');
      await expect(totals.getByRole('row', { name: /^Total/ })).toContainText('PLN\u00a0418.48');
      const stored = await api.request<Order>('GET', `/repair-orders/${order.id}`, { token: workshop.owner.session });
      expect(stored.totals.grossMinor).toBe(41_848);
      await settle(page);
      await axe.check();
      await shots.take('lines');
    });

    await test.step('the estimate is sent to the customer', async () => {
      await page.getByRole('button', { name: 'Send estimate' }).first().click();
      const dialog = page.getByRole('dialog', { name: 'Send estimate' });
      await expect(dialog.getByText('2 lines go to the customer to approve.')).toBeVisible();
      await axe.check({ include: '[role="dialog"]' });
      await dialog.getByRole('button', { name: 'Send estimate' }).click();
      await expect(dialog).toBeHidden();
      const estimates = page.getByRole('list', { name: 'Estimates' });
      await expect(estimates.getByRole('heading', { name: 'Version 1' })).toBeVisible();
      await expect(estimates.getByText('Waiting for the customer')).toBeVisible();
      await expect(page.getByText('Estimate sent', { exact: true }).first()).toBeVisible();
    });

    await test.step('a phone approval is recorded and shown with its hash', async () => {
      await page.getByRole('button', { name: 'Record phone approval' }).click();
      const dialog = page.getByRole('dialog', { name: 'Phone approval of version 1' });
      await dialog.getByLabel("Customer's name, as they said it").fill('Anna Nowak');
      await axe.check({ include: '[role="dialog"]' });
      await shots.take('phone-approval');
      await dialog.getByRole('button', { name: 'Record decision' }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByText(/Anna Nowak decided by phone/)).toBeVisible();
      const decision = page.getByRole('list', { name: 'Decision on version 1' });
      await expect(decision.getByRole('listitem')).toHaveCount(2);
      await expect(decision.getByText('Approved')).toHaveCount(2);
      const versions = await api.request<EstimatePage>('GET', `/repair-orders/${order.id}/estimates`, {
        token: workshop.owner.session,
      });
      await expect(page.getByText(versions.items[0]!.hash, { exact: true })).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Approved');
      await settle(page);
      await axe.check();
      await shots.take('decided');
    });

    await test.step('one tap starts the clock on the labour line, one tap stops it', async () => {
      await page.getByRole('button', { name: `Start clock on ${LABOUR}` }).click();
      const stop = page.getByRole('button', { name: `Stop clock on ${LABOUR}` });
      await expect(stop).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).toContainText('In progress');
      const running = await api.request<MyClock>('GET', '/me/clock', { token: workshop.owner.session });
      expect(running.running?.orderId).toBe(order.id);
      await settle(page);
      await axe.check();
      await shots.take('clock-running');
      await stop.click();
      await expect(page.getByRole('button', { name: `Start clock on ${LABOUR}` })).toBeVisible();
      const stopped = await api.request<MyClock>('GET', '/me/clock', { token: workshop.owner.session });
      expect(stopped.running).toBeNull();
    });

    await test.step('editing an approved line asks the customer again; completing is refused until then', async () => {
      await page.getByRole('button', { name: `Edit ${LABOUR}` }).click();
      const dialog = page.getByRole('dialog', { name: 'Edit line' });
      await expect(dialog.getByText(/Changing its price or quantity asks the customer again/)).toBeVisible();
      await dialog.getByLabel('Hours').fill('2');
      await dialog.getByRole('button', { name: 'Save line' }).click();
      await expect(dialog).toBeHidden();
      const line = page.getByRole('list', { name: 'Work and parts' }).getByRole('listitem').filter({ hasText: LABOUR });
      await expect(line.getByText('Awaiting approval')).toBeVisible();
      await page.getByRole('button', { name: 'Change status' }).click();
      await page.getByRole('menuitem', { name: 'Complete' }).click();
      const refusal = page.getByRole('status').filter({ hasText: "1 line still waits for the customer's approval" });
      await expect(refusal).toBeVisible();
      await expect(refusal.getByRole('listitem')).toHaveText([LABOUR]);
      await expect(refusal.getByRole('button', { name: 'Send a new estimate' })).toBeVisible();
      await settle(page);
      await axe.check();
      await shots.take('reapproval-needed');
      await refusal.getByRole('button', { name: 'Send a new estimate' }).click();
      await expect(
        page.getByRole('dialog', { name: 'Send estimate' }).getByText('1 line goes to the customer to approve.'),
      ).toBeVisible();
      await page.keyboard.press('Escape');
    });

    await test.step('the mail log and history of the order', async () => {
      const mail = page.getByRole('list', { name: 'Mail to the customer' });
      await expect(mail.getByText('Estimate', { exact: true })).toBeVisible();
      const history = page.getByRole('list', { name: 'History' });
      await expect(history.getByText('Approval recorded by staff')).toBeVisible();
      await expect(history.getByText('Line changed').first()).toBeVisible();
    });
  });

  test("another workshop's order is not found, like a missing one", async ({ page, api, workshop, axe, shots }) => {
    const other = await api.signUpWorkshop();
    const { order } = await seedOrder(api, other);
    await signIn(page, workshop.owner);
    await openPage(page, `/orders/${order.id}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();
    await expect(page.getByText('Squealing brakes')).toHaveCount(0);
    await settle(page);
    await axe.check();
    await shots.take('other-workshop');
    await openPage(page, '/orders/00000000-0000-4000-8000-000000000000');
    await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();
  });
});
