import type { Browser, Locator, Page, TestInfo } from '@playwright/test';
import type { components } from '../src/lib/api/schema.gen';
import { Axe } from './support/axe';
import { catalogBrakeService, LABOUR, PART, stockedBrakePads } from './support/estimate-order';
import { expect, test } from './support/fixtures';
import { fillBilling, issueWithoutBilling } from './support/invoicing';
import type { Mailbox } from './support/mailbox';
import { openPage, signIn } from './support/navigation';
import type { Person, PitlaneApi, TestWorkshop } from './support/pitlane-api';
import { settle } from './support/settle';
import { Shots } from './support/shots';
import { signInToShell } from './support/staff-shell';
import { uniqueId } from './support/unique';

// Issue 16's story in one test against the real stack: a car goes from its vehicle page through
// lines, an estimate the customer decides from the mail, a changed line approved again, a
// mechanic's clock on a phone, the board, the invoice (first refused for missing billing details),
// its payment, the day's report and a credit note; then another workshop finds none of it. The
// API only arranges what is not under test: the catalog, a part in stock, the mechanic's account.

type Order = components['schemas']['RepairOrderResponse'];
type EstimatePage = components['schemas']['EstimateVersionPageResponse'];
type Invoice = components['schemas']['InvoiceResponse'];
type TimeEntryPage = components['schemas']['TimeEntryPageResponse'];

const CUSTOMER = 'Anna Nowak';
const ZONE = 'Europe/Warsaw';
/** The story's pages carry the most data: their skeletons may take longer to go on a busy machine. */
const SLOW_PAGES = { loadingTimeout: 15_000 };
const PHONE_SIZE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

/** The API's integer minor units as the app shows them in English (formatMoney's en-GB). */
function money(minor: number, currency = 'PLN'): string {
  const negative = minor < 0;
  const digits = String(Math.abs(minor)).padStart(3, '0');
  const decimal = `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}` as Intl.StringNumericLiteral;
  return new Intl.NumberFormat('en-GB', { style: 'currency', currency }).format(decimal);
}

/** `money(minor)` as a pattern: any space where Intl puts a no-break one (inputs, getByText). */
function moneyPattern(minor: number): RegExp {
  return new RegExp(money(minor).replace(/[.]/g, '\\.').replace(/\s/g, '\\s'));
}

/** The catalog's labour, a part in stock, a car of a client with e-mail, and a mechanic. */
async function arrange(api: PitlaneApi, workshop: TestWorkshop) {
  const token = workshop.owner.session;
  await catalogBrakeService(api, token);
  await stockedBrakePads(api, token);
  const email = `anna-${uniqueId()}@e2e.pitlane.test`;
  const vehicle = await api.createVehicle(token, {
    plate: `WX ${uniqueId().slice(-5).toUpperCase()}`,
    make: 'Skoda',
    model: 'Octavia',
    client: { firstName: 'Anna', lastName: 'Nowak', email },
  });
  const mechanic = await api.addStaff(token, { role: 'mechanic', name: `Marek Mechanik ${uniqueId().slice(-4)}` });
  return { vehicle, email, mechanic };
}

/** A browser of someone else's (no staff session), phone-sized: the customer, the mechanic. */
async function phone(browser: Browser, testInfo: TestInfo, baseURL: string) {
  const context = await browser.newContext({ baseURL, ...PHONE_SIZE, locale: 'en-GB', timezoneId: ZONE });
  const page = await context.newPage();
  return { context, page, axe: new Axe(page, testInfo), shots: new Shots(page, testInfo) };
}

/** The link of the newest estimate mail to `email` received since `after`. */
async function estimateLink(mailbox: Mailbox, email: string, after: Date): Promise<string> {
  const mail = await mailbox.waitFor(email, { withLink: '/estimate', after });
  return mail.link('/estimate');
}

async function estimates(api: PitlaneApi, workshop: TestWorkshop, orderId: string) {
  return (
    await api.request<EstimatePage>('GET', `/repair-orders/${orderId}/estimates`, { token: workshop.owner.session })
  ).items;
}

async function orderOf(api: PitlaneApi, workshop: TestWorkshop, orderId: string) {
  return api.request<Order>('GET', `/repair-orders/${orderId}`, { token: workshop.owner.session });
}

function lineRow(page: Page, description: string): Locator {
  return page.getByRole('list', { name: 'Work and parts' }).getByRole('listitem').filter({ hasText: description });
}

function column(page: Page, status: string): Locator {
  return page.getByRole('region', { name: new RegExp(`^${status} \\d+ orders?$`) });
}

/** Drags a card by its handle onto a column in small steps, as a hand would; `drop` lets go. */
async function drag(page: Page, handle: Locator, target: Locator) {
  await target.scrollIntoViewIfNeeded();
  await handle.scrollIntoViewIfNeeded();
  const from = (await handle.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2, { steps: 3 });
  const to = (await target.boundingBox())!;
  await page.mouse.move(to.x + to.width / 2, to.y + 40, { steps: 12 });
  return { drop: () => page.mouse.up() };
}

test.describe('the repair story', () => {
  // One car through every screen of the day, axe-checked and shot in two schemes: minutes.
  test.describe.configure({ timeout: 480_000 });

  test('from the vehicle page to a paid, credited invoice, with the customer and a mechanic on phones', async ({
    page,
    browser,
    api,
    mailbox,
    axe,
    shots,
    baseURL,
  }, testInfo) => {
    // The phone steps open phone-sized contexts of their own; the desk is a desktop.
    test.skip(testInfo.project.name === 'phone', 'the customer and the mechanic get phone-sized contexts here');
    const workshop = await api.signUpWorkshop();
    const { vehicle, email, mechanic } = await arrange(api, workshop);
    const token = workshop.owner.session;
    await signInToShell(page, workshop.owner);
    let order!: Order;

    await test.step('1. an order opened from the vehicle page; labour from the catalog, a part from stock', async () => {
      await openPage(page, `/vehicles/${vehicle.id}`);
      await page.getByRole('button', { name: 'New repair order' }).click();
      const dialog = page.getByRole('dialog', { name: 'New repair order' });
      await dialog.getByLabel('Mileage in (km)').fill('154000');
      await dialog.getByLabel('Complaint').fill('Squealing brakes at low speed');
      await dialog.getByRole('button', { name: 'Open order' }).click();
      await expect(page).toHaveURL(/\/orders\/[0-9a-f-]{36}$/);
      const orderId = new URL(page.url()).pathname.split('/').at(-1)!;
      order = await orderOf(api, workshop, orderId);
      expect(order).toMatchObject({ vehicleId: vehicle.id, status: 'draft', mileageIn: 154_000 });
      await expect(page.getByRole('heading', { level: 1, name: new RegExp(`Order #${order.number}`) })).toBeVisible();

      const assign = page.getByLabel('Assign a mechanic');
      await assign.selectOption({ label: `${mechanic.name} (Mechanic)` });
      await page.getByRole('button', { name: 'Assign', exact: true }).click();
      await expect(page.getByRole('list', { name: 'Mechanics' }).getByText(mechanic.name)).toBeVisible();

      await page.getByRole('button', { name: 'Add the first line' }).click();
      const labour = page.getByRole('dialog', { name: 'Add a line' });
      await labour.getByLabel('From the service catalog').selectOption({ label: `${LABOUR} · ${money(18_000)}` });
      await expect(labour.getByLabel('Description')).toHaveValue(LABOUR);
      await labour.getByLabel('Hours').fill('1.5');
      await labour.getByLabel('Mechanic').selectOption({ label: mechanic.name });
      await labour.getByRole('button', { name: 'Add line' }).click();
      await expect(labour).toBeHidden();
      await expect(lineRow(page, LABOUR)).toBeVisible();

      await page.getByRole('button', { name: 'Add line', exact: true }).click();
      const part = page.getByRole('dialog', { name: 'Add a line' });
      await part.getByLabel('Type').selectOption('part');
      const picker = part.getByLabel('Part', { exact: true });
      await expect(picker.getByRole('option', { name: new RegExp(`${PART} .* 6 in stock`) })).toHaveCount(1);
      await picker.selectOption({ index: 1 });
      await expect(part.getByLabel('Description')).toHaveValue(PART);
      await part.getByLabel('Quantity').fill('2');
      await part.getByRole('button', { name: 'Add line' }).click();
      await expect(part).toBeHidden();

      // 1.5 h × 180.00 at 23 % and 2 × 39.99 at 8 %: the figures on screen are the API's.
      order = await orderOf(api, workshop, order.id);
      expect(order.totals.grossMinor).toBe(41_848);
      const totals = page.getByRole('table', { name: 'Order totals' });
      await expect(totals.getByRole('row', { name: /^Total/ })).toContainText(money(order.totals.grossMinor));
      for (const group of order.totals.vat) {
        const rate = `${group.vatRateBp / 100}%`;
        await expect(totals.getByRole('row', { name: `VAT ${rate} on ${money(group.netMinor)}` })).toContainText(
          money(group.vatMinor),
        );
      }
      await settle(page, SLOW_PAGES);
      await axe.check();
      await shots.take('lines');
    });

    const customer = await phone(browser, testInfo, baseURL!);
    await test.step('2. the estimate, sent and opened from the mail: the part declined, the labour authorised', async () => {
      const sentAt = new Date();
      await page.getByRole('button', { name: 'Send estimate' }).first().click();
      const dialog = page.getByRole('dialog', { name: 'Send estimate' });
      await expect(dialog.getByText('2 lines go to the customer to approve.')).toBeVisible();
      await dialog.getByRole('button', { name: 'Send estimate' }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Estimate sent');

      const { page: mobile, axe: mobileAxe, shots: mobileShots } = customer;
      await mobile.goto(await estimateLink(mailbox, email, sentAt));
      await expect(mobile.getByRole('heading', { level: 1, name: 'Your estimate' })).toBeVisible();
      await mobile.getByRole('group', { name: PART }).getByRole('radio', { name: 'Decline' }).check();
      await mobile.getByRole('group', { name: LABOUR }).getByRole('radio', { name: 'Approve' }).check();
      // 270.00 + 62.10 VAT: the labour alone.
      await expect(mobile.getByText('Total approved (incl. VAT)').locator('..')).toContainText(money(33_210));
      await mobile.getByLabel('Your full name').fill(CUSTOMER);
      await mobile.getByLabel(/I authorise .* to carry out the work I approved above/).check();
      await mobileAxe.check();
      await mobileShots.take('customer-decides-phone');
      await mobile.getByRole('button', { name: 'Send decision' }).click();
      await expect(mobile.getByRole('heading', { level: 1, name: 'Your decision is recorded' })).toBeVisible();
      await expect(mobile.getByRole('list', { name: 'Declined' })).toContainText(PART);
    });

    await test.step('3. the order page shows the recorded decision: name, time, what was approved, hash', async () => {
      const [version] = await estimates(api, workshop, order.id);
      expect(version!.decision).toMatchObject({ method: 'customer', signatureName: CUSTOMER });
      await page.reload();
      const decidedAt = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: ZONE });
      await expect(
        page.getByText(`${CUSTOMER} decided online on ${decidedAt.format(new Date(version!.decision!.decidedAt))}`),
      ).toBeVisible();
      const decision = page.getByRole('list', { name: 'Decision on version 1' });
      await expect(decision.getByRole('listitem').filter({ hasText: LABOUR })).toContainText('Approved');
      await expect(decision.getByRole('listitem').filter({ hasText: PART })).toContainText('Declined');
      await expect(page.getByText(version!.hash, { exact: true })).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Approved');
      await expect(lineRow(page, PART).getByText('Declined', { exact: true })).toBeVisible();
      // The declined part is left out of what the order is worth: the total the customer was shown.
      const decided = await orderOf(api, workshop, order.id);
      expect(decided.totals.grossMinor).toBe(33_210);
      await expect(
        page.getByRole('table', { name: 'Order totals' }).getByRole('row', { name: /^Total/ }),
      ).toContainText(money(decided.totals.grossMinor));
      await settle(page, SLOW_PAGES);
      await axe.check();
      await shots.take('decision-recorded');
    });

    await test.step('4. an approved line edited: approval is required again and a new estimate is asked for', async () => {
      await page.getByRole('button', { name: 'Change status' }).click();
      await page.getByRole('menuitem', { name: 'Start work' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toContainText('In progress');
      await expect(lineRow(page, LABOUR).getByText('Approved', { exact: true })).toBeVisible();
      await page.getByRole('button', { name: `Edit ${LABOUR}` }).click();
      const dialog = page.getByRole('dialog', { name: 'Edit line' });
      await expect(dialog.getByText(/Changing its price or quantity asks the customer again/)).toBeVisible();
      await dialog.getByLabel('Hours').fill('2');
      await dialog.getByRole('button', { name: 'Save line' }).click();
      await expect(dialog).toBeHidden();
      await expect(lineRow(page, LABOUR).getByText('Awaiting approval')).toBeVisible();
      const notice = page.getByRole('status').filter({ hasText: '1 line waits for a new estimate' });
      await expect(notice.getByRole('list', { name: 'Lines for a new estimate' }).getByRole('listitem')).toHaveText([
        LABOUR,
      ]);
      const stored = await orderOf(api, workshop, order.id);
      const edited = stored.lines.find((line) => line.description === LABOUR)!;
      expect(edited).toMatchObject({ approval: 'pending', netMinor: 36_000 });
      await settle(page, SLOW_PAGES);
      await axe.check();
      await shots.take('approval-required-again');

      const sentAt = new Date();
      await notice.getByRole('button', { name: 'Send a new estimate' }).click();
      const send = page.getByRole('dialog', { name: 'Send estimate' });
      await expect(send.getByText('1 line goes to the customer to approve.')).toBeVisible();
      await send.getByRole('button', { name: 'Send estimate' }).click();
      await expect(send).toBeHidden();
      await expect(notice).toHaveCount(0);

      const { page: mobile } = customer;
      await mobile.goto(await estimateLink(mailbox, email, sentAt));
      await expect(mobile.getByRole('group', { name: LABOUR })).toContainText(money(edited.netMinor));
      await mobile.getByRole('button', { name: 'Approve all' }).click();
      await mobile.getByLabel('Your full name').fill(CUSTOMER);
      await mobile.getByLabel(/I authorise/).check();
      await mobile.getByRole('button', { name: 'Send decision' }).click();
      await expect(mobile.getByRole('heading', { level: 1, name: 'Your decision is recorded' })).toBeVisible();
      await customer.context.close();

      await page.reload();
      await expect(page.getByRole('list', { name: 'Decision on version 2' }).getByRole('listitem')).toHaveText([
        /Brake service\s*Approved/,
      ]);
      await expect(lineRow(page, LABOUR).getByText('Approved', { exact: true })).toBeVisible();
    });

    await test.step('5. the mechanic, on a phone, starts and stops the clock from My jobs', async () => {
      const bay = await phone(browser, testInfo, baseURL!);
      await clockOnPhone(bay.page, mechanic, order, bay.axe, bay.shots);
      const entries = await api.request<TimeEntryPage>('GET', `/repair-orders/${order.id}/time-entries`, {
        token,
      });
      expect(entries.items.map((entry) => [entry.userId, entry.stoppedBy])).toEqual([[mechanic.userId, 'mechanic']]);
      await bay.context.close();
    });

    await test.step('6. the board: dragged through allowed statuses; a forbidden drop is refused', async () => {
      await openPage(page, '/orders');
      const handle = page.getByRole('button', { name: `Move order #${order.number}` });
      const card = (status: string) => column(page, status).getByRole('article', { name: `Order #${order.number}` });
      await expect(card('In progress')).toBeVisible();
      const moveTo = async (status: string, stored: Order['status']) => {
        const pointer = await drag(page, handle, column(page, status));
        await pointer.drop();
        await expect(card(status)).toBeVisible();
        await expect.poll(async () => (await orderOf(api, workshop, order.id)).status).toBe(stored);
        // The board has answered: the card may be lifted again.
        await expect(page.getByRole('article', { name: `Order #${order.number}` })).not.toHaveAttribute('aria-busy');
      };
      await moveTo('Waiting for parts', 'waiting_parts');
      await moveTo('In progress', 'in_progress');

      const pointer = await drag(page, handle, column(page, 'Approved'));
      await expect(column(page, 'Approved')).toHaveAttribute('data-drop', 'forbidden');
      await expect(column(page, 'Completed')).toHaveAttribute('data-drop', 'allowed');
      await pointer.drop();
      const refusal = page.getByRole('alert').filter({ hasText: `Order #${order.number} cannot move to Approved` });
      await expect(refusal).toContainText('It can move to: Waiting for parts, Completed.');
      await expect(card('In progress')).toBeVisible();
      expect((await orderOf(api, workshop, order.id)).status).toBe('in_progress');
      await settle(page, SLOW_PAGES);
      await axe.check();
      await shots.take('board-refused');
      await page.getByRole('button', { name: 'Dismiss' }).click();

      await moveTo('Completed', 'completed');
    });

    let invoice!: Invoice;
    await test.step('7. the invoice: refused for missing billing details, set in settings, issued, paid', async () => {
      const missing = await issueWithoutBilling(page, order.id);
      await settle(page, SLOW_PAGES);
      await axe.check();
      await shots.take('billing-missing');
      await missing.getByRole('link', { name: 'Open invoicing settings' }).click();
      await expect(page).toHaveURL(/\/settings\/invoicing$/);

      await expect(page.getByRole('heading', { name: 'Invoicing', level: 1 })).toBeVisible();
      await fillBilling(page);
      await page.getByRole('button', { name: 'Save' }).click();
      await expect(page.getByText('Invoicing settings saved.')).toBeVisible();

      await openPage(page, `/orders/${order.id}`);
      await page.getByRole('button', { name: 'Issue invoice' }).click();
      const link = page.getByRole('link', { name: /^Invoice \d{4}\/\d{6}$/ });
      await expect(link).toBeVisible();
      const issued = await api.request<{ items: Invoice[] }>('GET', `/invoices?repairOrderId=${order.id}`, { token });
      expect(issued.items).toHaveLength(1);
      invoice = issued.items[0]!;
      // 2 h × 180.00 at 23 %; the declined part is not invoiced.
      expect(invoice.totals.grossMinor).toBe(44_280);
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Invoiced');
      await link.click();

      await expect(page.getByRole('heading', { name: `Invoice ${invoice.number}` })).toBeVisible();
      const pdf = page.locator(`iframe[title="PDF of ${invoice.number}"]`);
      await expect(pdf).toBeVisible();
      await expect(pdf).toHaveAttribute('src', /^blob:/);
      await expect(
        page.getByText(moneyPattern(invoice.totals.grossMinor)).filter({ visible: true }).first(),
      ).toBeVisible();
      await settle(page, SLOW_PAGES);
      await axe.check();
      await shots.take('invoice');

      await page.getByRole('button', { name: 'Record a payment' }).click();
      const payment = page.getByRole('dialog', { name: `Record a payment for ${invoice.number}` });
      await expect(payment.getByLabel('Amount')).toHaveValue(moneyPattern(invoice.totals.grossMinor));
      await payment.getByLabel('Method').selectOption({ label: 'Cash' });
      await payment.getByRole('button', { name: 'Record payment' }).click();
      await expect(payment).toHaveCount(0);
      await expect(page.getByText('Paid', { exact: true }).filter({ visible: true }).first()).toBeVisible();
      const paid = await api.request<Invoice>('GET', `/invoices/${invoice.id}`, { token });
      expect(paid.paidOn).not.toBeNull();
    });

    let creditNoteId = '';
    await test.step('8. the report for today shows the invoice; then a credit note', async () => {
      await openPage(page, '/reports');
      await page.getByLabel('Range', { exact: true }).selectOption('custom');
      await page.getByLabel('From', { exact: true }).fill(invoice.issueDate);
      await page.getByLabel('To', { exact: true }).fill(invoice.issueDate);
      await expect(page).toHaveURL(new RegExp(`from=${invoice.issueDate}.*to=${invoice.issueDate}`));
      await settle(page, SLOW_PAGES);
      const revenue = page.getByRole('table', { name: 'Revenue per Day' });
      // A header, the day and the total: the invoice is the day's whole revenue.
      await expect(revenue.getByRole('row')).toHaveCount(3);
      await expect(revenue.getByRole('row').filter({ hasText: moneyPattern(invoice.totals.grossMinor) })).toHaveCount(
        2,
      );
      await expect(
        page.getByRole('region', { name: 'Overview' }).getByText(moneyPattern(invoice.totals.grossMinor)).first(),
      ).toBeVisible();
      await axe.check();
      await shots.take('report-today');

      await openPage(page, `/invoices/${invoice.id}`);
      await page.getByRole('button', { name: 'Credit note' }).click();
      const dialog = page.getByRole('dialog', { name: `Credit note for ${invoice.number}` });
      await dialog.getByLabel(/Reason/).fill('Labour charged twice');
      await dialog.getByRole('button', { name: 'Issue credit note' }).click();
      await expect(page.getByRole('heading', { name: /^Credit note \d{4}\/\d{6}$/ })).toBeVisible();
      creditNoteId = new URL(page.url()).pathname.split('/').at(-1)!;
      const credit = await api.request<Invoice>('GET', `/invoices/${creditNoteId}`, { token });
      expect(credit.kind).toBe('credit_note');
      await expect(
        page.getByText(moneyPattern(credit.totals.grossMinor)).filter({ visible: true }).first(),
      ).toBeVisible();
      await settle(page, SLOW_PAGES);
      await axe.check();
      await shots.take('credit-note');
    });

    await test.step('9. another workshop finds neither the order, its estimates nor the invoices', async () => {
      const other = await api.signUpWorkshop();
      const theirs = await browser.newContext({ baseURL, viewport: { width: 1366, height: 900 }, locale: 'en-GB' });
      const stranger = await theirs.newPage();
      await signIn(stranger, other.owner);
      for (const path of [`/orders/${order.id}`, `/invoices/${invoice.id}`, `/invoices/${creditNoteId}`]) {
        await openPage(stranger, path);
        await expect(stranger.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();
      }
      await expect(stranger.getByText(invoice.number)).toHaveCount(0);
      await new Axe(stranger, testInfo).check();
      await new Shots(stranger, testInfo).take('other-workshop');
      await theirs.close();
      // The estimates and the PDF behind those pages: the same 404 as for what does not exist.
      for (const path of [
        `/repair-orders/${order.id}/estimates`,
        `/repair-orders/${order.id}`,
        `/invoices/${invoice.id}`,
        `/invoices/${invoice.id}/pdf`,
      ]) {
        await api.request('GET', path, { token: other.owner.session, expect: 404 });
      }
    });
  });
});

/** The mechanic's part: My jobs on a phone, one tap to start the clock, one to stop it. */
async function clockOnPhone(page: Page, mechanic: Person, order: Order, axe: Axe, shots: Shots) {
  await signInToShell(page, mechanic);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My jobs' }).click();
  const job = page.getByRole('article', { name: new RegExp(`^Order #${order.number},`) });
  await expect(job).toBeVisible();
  const tap = async (name: string, action: 'start' | 'stop') => {
    const [answer] = await Promise.all([
      page.waitForResponse((response) => response.url().endsWith(`/clock/${action}`)),
      job.getByRole('button', { name }).click(),
    ]);
    expect(answer.status()).toBe(200);
  };
  await tap(`Start the clock on ${LABOUR}`, 'start');
  const pill = page.getByRole('region', { name: 'Running clock' });
  await expect(pill.getByRole('link')).toHaveAccessibleName(new RegExp(`order #${order.number}, ${LABOUR}`));
  await expect(job.getByRole('button', { name: `Stop the clock on ${LABOUR}` })).toBeVisible();
  await settle(page, SLOW_PAGES);
  await axe.check();
  await shots.take('mechanic-clock-running-phone');
  await tap(`Stop the clock on ${LABOUR}`, 'stop');
  await expect(pill).toHaveCount(0);
  await expect(job.getByRole('button', { name: `Start the clock on ${LABOUR}` })).toBeVisible();
}
