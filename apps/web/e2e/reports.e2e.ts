import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { components } from '../src/lib/api/schema.gen';
import { expect, test } from './support/fixtures';
import { BILLING, completedOrder } from './support/invoicing';
import { openPage, signIn } from './support/navigation';
import type { PitlaneApi, TestWorkshop } from './support/pitlane-api';

// Reports (issue 16, item 7) in the browser against the real stack, desktop and phone: an
// invoice issued through the API shows in the revenue of its day, granularity and range live in
// the URL, a CSV holds the same numbers, axe on every state, screenshots light and dark.

type Invoice = components['schemas']['InvoiceResponse'];

/** Billing details, a completed order with INVOICE_LINES and its invoice, all through the API. */
async function invoicedOrder(api: PitlaneApi, workshop: TestWorkshop): Promise<{ invoice: Invoice; client: string }> {
  const token = workshop.owner.session;
  await api.request('PUT', '/settings/invoicing', {
    token,
    body: { ...BILLING, paymentTermsDays: 14 },
    expect: 200,
  });
  const order = await completedOrder(api, workshop);
  const invoice = await api.request<Invoice>('POST', `/repair-orders/${order.id}/invoice`, { token, expect: 201 });
  return { invoice, client: order.client };
}

/** Every report loaded (no skeleton left) and the charts drawn. */
async function settle(page: Page) {
  await expect(page.getByRole('main')).toBeVisible();
  await expect(page.getByRole('status', { name: /^Loading/ })).toHaveCount(0, { timeout: 15_000 });
}

test.describe('reports', () => {
  test.describe.configure({ timeout: 240_000 });

  test('the report for the invoice day shows its revenue, by day and by week, and downloads as CSV', async ({
    page,
    api,
    workshop,
    axe,
    shots,
  }) => {
    const { invoice, client } = await invoicedOrder(api, workshop);
    const day = invoice.issueDate;
    await signIn(page, workshop.owner);

    await test.step('this month (the default) shows the invoice in every report', async () => {
      await openPage(page, '/reports');
      await expect(page.getByRole('heading', { name: 'Reports', level: 1 })).toBeVisible();
      await settle(page);
      const overview = page.getByRole('region', { name: 'Overview' });
      await expect(overview.getByText(/PLN\s694\.28/).first()).toBeVisible();
      await expect(page.getByRole('table', { name: 'Top clients' }).getByRole('link', { name: client })).toBeVisible();
      await expect(page.getByRole('table', { name: 'Labour versus parts' })).toContainText(/PLN\s300\.00/);
      // The chart's summary is its accessible name (the chart itself is hidden behind it).
      await expect(
        page.getByRole('region', { name: 'Revenue', exact: true }).getByRole('img', { name: /PLN\s694\.28 gross/ }),
      ).toBeVisible();
      await axe.check();
      await shots.take('this-month');
    });

    await test.step('a custom range of the invoice day: the revenue table has the day with its VAT split', async () => {
      await page.getByLabel('Range', { exact: true }).selectOption('custom');
      await expect(page).toHaveURL(/range=custom/);
      await page.getByLabel('From', { exact: true }).fill(day);
      await page.getByLabel('To', { exact: true }).fill(day);
      await expect(page).toHaveURL(new RegExp(`from=${day}.*to=${day}`));
      await settle(page);
      const table = page.getByRole('table', { name: 'Revenue per Day' });
      const row = table
        .getByRole('row')
        .filter({ hasText: /PLN\s694\.28/ })
        .first();
      await expect(row).toContainText(/PLN\s566\.89/);
      await expect(row).toContainText(/PLN\s127\.39/);
      await expect(table.getByRole('row')).toHaveCount(3);
      await axe.check();
      await shots.take('invoice-day');
    });

    await test.step('switching to weeks keeps the range in the URL and regroups the table', async () => {
      await page.getByLabel('Group revenue by').selectOption('week');
      await expect(page).toHaveURL(/granularity=week/);
      await settle(page);
      const table = page.getByRole('table', { name: 'Revenue per Week' });
      await expect(table.getByRole('columnheader', { name: 'Week' })).toBeVisible();
      await expect(
        table
          .getByRole('row')
          .filter({ hasText: /PLN\s694\.28/ })
          .first(),
      ).toBeVisible();
      // The URL alone brings the same report back.
      await page.reload();
      await expect(page.getByLabel('Group revenue by')).toHaveValue('week');
      await expect(page.getByLabel('From', { exact: true })).toHaveValue(day);
    });

    await test.step('the revenue CSV holds the same numbers, locale-independent, named after the range', async () => {
      await settle(page);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download Revenue as CSV' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`pitlane-revenue-by-week-${day}_${day}.csv`);
      const csv = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
      expect(csv.split('\r\n')).toEqual([
        'From,To,Net (PLN),VAT (PLN),Gross (PLN)',
        `${day},${day},566.89,127.39,694.28`,
        '',
      ]);

      const [clients] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download Top clients as CSV' }).click(),
      ]);
      const clientsCsv = (await readFile(await clients.path(), 'utf8')).replace(/^\uFEFF/, '');
      expect(clientsCsv).toContain(`${client},1,566.89,694.28`);
    });

    await test.step('last month has nothing invoiced: a friendly empty state, not zeros', async () => {
      await page.getByLabel('Range', { exact: true }).selectOption('last-month');
      await expect(page).toHaveURL(/range=last-month/);
      await settle(page);
      await expect(page.getByText('No invoices were issued in this range.')).toBeVisible();
      await expect(page.getByRole('button', { name: 'Download Revenue as CSV' })).toHaveCount(0);
      // Open orders are a snapshot now, whatever the range: the invoiced order waits for its money.
      await expect(page.getByRole('table', { name: 'Open orders' })).toContainText('Invoiced, unpaid');
      await axe.check();
      await shots.take('empty-range');
    });
  });

  test('a mechanic is told the reports are for owners and managers', async ({ page, api, workshop, axe, shots }) => {
    const mechanic = await api.addStaff(workshop.owner.session, { role: 'mechanic' });
    await signIn(page, mechanic);
    await openPage(page, '/reports');
    await expect(page.getByRole('heading', { name: 'Reports are for owners and managers' })).toBeVisible();
    await axe.check();
    await shots.take('mechanic');
  });
});
