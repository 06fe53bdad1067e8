import type { Page } from '@playwright/test';
import type { components } from '../src/lib/api/schema.gen';
import { expect, test } from './support/fixtures';
import { BILLING, completedOrder, fillBilling, issueWithoutBilling } from './support/invoicing';
import { openPage, signIn } from './support/navigation';
import { settle } from './support/settle';

// Invoices and Settings → Invoicing (issue 16, items 6 and 8), in the browser against the real
// stack at the desktop and the phone size: axe on every screen and dialog, screenshots light and dark.

type Invoice = components['schemas']['InvoiceResponse'];

/** A card of the page by its heading (cards are sections titled by an h2). */
function card(page: Page, title: string) {
  return page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: title, exact: true }) });
}

test.describe('invoices', () => {
  // From a refused issue through settings, the order, vehicle and client pages, list, PDF, payment
  // and credit note, each axe-checked and shot in two schemes: minutes on a busy machine.
  test.describe.configure({ timeout: 420_000 });

  test('billing details set in settings, an invoice issued from the order and opened with its PDF, paid, then credited', async ({
    page,
    api,
    workshop,
    axe,
    shots,
    isMobile,
  }) => {
    const token = workshop.owner.session;
    const order = await completedOrder(api, workshop);
    await signIn(page, workshop.owner);

    await test.step('issuing from the order without billing details names them, linking to the settings', async () => {
      const refused = await api.request<{ missing: string[] }>('POST', `/repair-orders/${order.id}/invoice`, {
        token,
        expect: 409,
      });
      expect(refused.missing).toEqual(expect.arrayContaining(['legalName', 'taxId', 'bankAccount']));
      const missing = await issueWithoutBilling(page, order.id);
      await settle(page);
      await axe.check();
      await shots.take('order-billing-missing');
      await missing.getByRole('link', { name: 'Open invoicing settings' }).click();
      await expect(page).toHaveURL(/\/settings\/invoicing$/);
    });

    await test.step('Settings → Invoicing names the missing details; saving them clears the warning', async () => {
      await expect(page.getByRole('heading', { name: 'Invoicing', level: 1 })).toBeVisible();
      const warning = page.getByRole('status').filter({ hasText: 'Invoicing details are missing' });
      await expect(warning).toContainText('VAT ID');
      await expect(warning).toContainText('Bank account');
      await settle(page);
      await axe.check();
      await shots.take('settings-missing');

      await fillBilling(page, { country: 'P1' });
      await page.getByRole('button', { name: 'Save' }).click();
      // The API's field error lands on the field.
      await expect(page.getByLabel('Country', { exact: true })).toHaveAttribute('aria-invalid', 'true');
      await expect(page.getByText('must be a two-letter ISO country code')).toBeVisible();
      await page.getByLabel('Country', { exact: true }).fill(BILLING.country);
      await page.getByRole('button', { name: 'Save' }).click();
      await expect(page.getByText('Invoicing settings saved.')).toBeVisible();
      await expect(warning).toHaveCount(0);
      await expect(page.getByText('2026/000123')).toBeVisible();
      await settle(page);
      await shots.take('settings-saved');
    });

    let invoice!: Invoice;
    await test.step('the completed order issues its invoice and then links to it', async () => {
      await openPage(page, `/orders/${order.id}`);
      await page.getByRole('button', { name: 'Issue invoice' }).click();
      await expect(page.getByRole('link', { name: /^Invoice \d{4}\/\d{6}$/ })).toBeVisible();
      const ofOrder = await api.request<{ items: Invoice[] }>('GET', `/invoices?repairOrderId=${order.id}`, { token });
      expect(ofOrder.items).toHaveLength(1);
      invoice = ofOrder.items[0]!;
      await expect(page.getByRole('link', { name: `Invoice ${invoice.number}` })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Issue invoice' })).toHaveCount(0);
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Invoiced');
      await settle(page);
      await axe.check();
      await shots.take('order-invoiced');
    });

    await test.step('the vehicle and the client page list the order and its invoice, newest first', async () => {
      await openPage(page, `/vehicles/${invoice.vehicleId}`);
      const orders = card(page, 'Repair orders');
      const orderRow = orders.getByRole('link', { name: /Order #\d+/ });
      await expect(orderRow).toHaveCount(1);
      await expect(orderRow).toContainText('Invoiced');
      await expect(orderRow).toContainText(/PLN\s694\.28/);
      const invoices = card(page, 'Invoices');
      const invoiceRow = invoices.getByRole('link', { name: new RegExp(invoice.number) });
      await expect(invoiceRow).toContainText('Issued');
      await expect(invoiceRow).toContainText(/PLN\s694\.28/);
      await settle(page);
      await axe.check();
      await shots.take('vehicle-orders-invoices');

      await openPage(page, `/clients/${invoice.clientId}`);
      await expect(card(page, 'Repair orders').getByRole('link', { name: /Order #\d+/ })).toContainText(
        invoice.vehicle.plate ?? '',
      );
      await card(page, 'Invoices')
        .getByRole('link', { name: new RegExp(invoice.number) })
        .click();
      await expect(page.getByRole('heading', { name: `Invoice ${invoice.number}` })).toBeVisible();
    });

    await test.step('the list shows the invoice, its total and state; filters live in the URL', async () => {
      await openPage(page, '/invoices');
      await expect(page.getByRole('heading', { name: 'Invoices', level: 1 })).toBeVisible();
      const entry = page.getByRole('link', { name: invoice.number }).first();
      await expect(entry).toBeVisible();
      await expect(
        page
          .getByText(/PLN\s694\.28/)
          .filter({ visible: true })
          .first(),
      ).toBeVisible();
      await expect(page.getByText('Issued', { exact: true }).filter({ visible: true }).first()).toBeVisible();
      await settle(page);
      await axe.check();
      await shots.take('list');

      await page.getByLabel('Overdue only').check();
      await expect(page).toHaveURL(/overdue=true/);
      await expect(page.getByText('No invoice matches these filters')).toBeVisible();
      await settle(page);
      await axe.check();
      await shots.take('list-filtered-empty');
      await page.getByRole('button', { name: 'Clear filters' }).first().click();
      await page.getByLabel('Number').fill(invoice.number.slice(-6));
      await page.getByLabel('Number').press('Enter');
      await expect(page).toHaveURL(/number=/);
      await expect(page.getByRole('link', { name: invoice.number }).first()).toBeVisible();
      await page.getByRole('link', { name: invoice.number }).first().click();
    });

    await test.step('the invoice page shows the PDF in the page, the lines and the VAT summary', async () => {
      await expect(page.getByRole('heading', { name: `Invoice ${invoice.number}` })).toBeVisible();
      if (isMobile) {
        // A phone's Chromium draws a PDF frame as an empty grey box: it gets "Open PDF" instead.
        await expect(page.getByRole('link', { name: /Open PDF/ })).toHaveAttribute('href', /^blob:/);
        await expect(page.locator('iframe')).toHaveCount(0);
      } else {
        await expect(page.locator(`iframe[title="PDF of ${invoice.number}"]`)).toBeVisible();
        const src = await page.locator('iframe').first().getAttribute('src');
        expect(src).toMatch(/^blob:/);
        await expect(page.getByRole('link', { name: /Open PDF/ })).toHaveCount(0);
      }
      await expect(page.getByRole('link', { name: /Download PDF/ })).toHaveAttribute(
        'download',
        `invoice-${invoice.number.replace('/', '-')}.pdf`,
      );
      const summary = page.getByRole('table', { name: 'VAT summary' });
      await expect(summary.getByRole('row', { name: /23%.*PLN\s546\.90.*PLN\s125\.79/ })).toBeVisible();
      await expect(summary.getByRole('row', { name: /8%.*PLN\s19\.99.*PLN\s1\.60/ })).toBeVisible();
      await expect(
        page
          .getByText(/PLN\s694\.28/)
          .filter({ visible: true })
          .first(),
      ).toBeVisible();
      await expect(page.getByRole('link', { name: invoice.buyer.name ?? '' })).toHaveAttribute(
        'href',
        `/clients/${invoice.clientId}`,
      );
      await settle(page);
      await axe.check();
      await shots.take('invoice');
    });

    await test.step('a payment is recorded in one step, the amount the open amount', async () => {
      await page.getByRole('button', { name: 'Record a payment' }).click();
      const dialog = page.getByRole('dialog', { name: `Record a payment for ${invoice.number}` });
      await expect(dialog.getByLabel('Amount')).toHaveValue(/PLN\s694\.28/);
      await dialog.getByLabel('Method').selectOption({ label: 'Cash' });
      await axe.check();
      await shots.take('payment-dialog');
      await dialog.getByRole('button', { name: 'Record payment' }).click();
      await expect(dialog).toHaveCount(0);
      await expect(page.getByText('Paid', { exact: true }).filter({ visible: true }).first()).toBeVisible();
      await expect(page.getByText(/\(Cash\)/)).toBeVisible();
      await expect(page.getByRole('button', { name: 'Record a payment' })).toHaveCount(0);
    });

    await test.step('a credit note needs a reason, then opens as its own document', async () => {
      await page.getByRole('button', { name: 'Credit note' }).click();
      const dialog = page.getByRole('dialog', { name: `Credit note for ${invoice.number}` });
      await dialog.getByRole('button', { name: 'Issue credit note' }).click();
      await expect(dialog.getByText('Say why the invoice is corrected.')).toBeVisible();
      await axe.check();
      await shots.take('credit-dialog');
      await dialog.getByLabel(/Reason/).fill('Wrong labour rate charged');
      await dialog.getByRole('button', { name: 'Issue credit note' }).click();
      await expect(page.getByRole('heading', { name: /^Credit note \d{4}\/\d{6}$/ })).toBeVisible();
      await expect(page.getByText('Wrong labour rate charged')).toBeVisible();
      await expect(
        page
          .getByText(/-PLN\s694\.28|PLN\s-694\.28/)
          .filter({ visible: true })
          .first(),
      ).toBeVisible();
      await settle(page);
      await axe.check();
      await shots.take('credit-note');
      await page.getByRole('link', { name: 'Open the corrected invoice' }).click();
      await expect(page.getByText('Credited', { exact: true }).filter({ visible: true }).first()).toBeVisible();
    });
  });

  test("another workshop's invoice URL shows not found", async ({ page, api, workshop, axe, shots }) => {
    const other = await api.signUpWorkshop();
    await api.request('PUT', '/settings/invoicing', { token: other.owner.session, body: BILLING, expect: 200 });
    const order = await completedOrder(api, other);
    const theirs = await api.request<Invoice>('POST', `/repair-orders/${order.id}/invoice`, {
      token: other.owner.session,
      expect: 201,
    });
    await signIn(page, workshop.owner);
    await openPage(page, `/invoices/${theirs.id}`);
    await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
    await expect(page.getByText(theirs.number)).toHaveCount(0);
    await settle(page);
    await axe.check();
    await shots.take('other-workshop');
  });
});
