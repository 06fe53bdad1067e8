import type { Browser, Page, TestInfo } from '@playwright/test';
import type { components } from '../src/lib/api/schema.gen';
import { LABOUR, PART, PHONE, seedOrder, sendEstimate } from './support/estimate-order';
import { expect, test } from './support/fixtures';
import type { Mailbox } from './support/mailbox';
import { secondBrowser } from './support/second-browser';

// The customer's estimate page (issue 16, item 3) from the mailed link, against the real stack at
// the desktop and the phone size: decide line by line, the receipt, the staff record with its
// hash, the 409 when the workshop changed the estimate meanwhile, the link that is not valid,
// money in the three languages with two VAT rates. axe on every screen; screenshots light and dark.

type Order = components['schemas']['RepairOrderResponse'];
type EstimatePage = components['schemas']['EstimateVersionPageResponse'];

// 1.5 h × 180.00 at 23 % (VAT 62.10) and 2 × 39.99 at 8 % (VAT 6.40): gross 418.48.
const ALL_GROSS = { en: 'PLN\u00a0418.48', pl: /^418,48\szł$/, da: /^418,48\sPLN$/ } as const;

/** The link of the `count`-th estimate mail to `email` (each version is mailed once). */
async function estimateLink(mailbox: Mailbox, email: string, count: number): Promise<string> {
  await mailbox.waitFor(email, { withLink: '/estimate' });
  let links: string[] = [];
  await expect
    .poll(
      async () => {
        links = (await mailbox.to(email)).flatMap((mail) =>
          mail.links.some((link) => new URL(link).pathname === '/estimate') ? [mail.link('/estimate')] : [],
        );
        return links.length;
      },
      { timeout: 20_000 },
    )
    .toBe(count);
  const link = links.at(-1)!;
  // The token rides in the fragment only: never in the path or the query, so never in a log. The
  // query holds the mail's language alone (the page fetches its messages without asking first).
  const url = new URL(link);
  expect(url.pathname).toBe('/estimate');
  expect(url.search).toMatch(/^\?lang=(en|pl|da)$/);
  expect(url.hash.length).toBeGreaterThan(20);
  return link;
}

/** The customer in a browser of their own (no staff session), the project's size, in another zone. */
function customerBrowser(browser: Browser, testInfo: TestInfo, baseURL: string) {
  // The page speaks in the workshop's zone, whatever the customer's device says.
  return secondBrowser(browser, testInfo, baseURL, { timezoneId: 'Asia/Tokyo' });
}

async function open(page: Page, link: string) {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(link);
  await expect(page.getByRole('main')).toBeVisible();
  await expect(page.getByRole('status', { name: /^(Loading|Ładowanie|Indlæser)/ })).toHaveCount(0);
  return requests;
}

/** The mailed link as a customer who switched to English would have it. */
function inEnglish(link: string): string {
  const url = new URL(link);
  url.searchParams.set('lang', 'en');
  return url.toString();
}

function line(page: Page, description: string) {
  return page.getByRole('group', { name: description });
}

test.describe('the customer’s estimate page', () => {
  test.describe.configure({ timeout: 240_000 });

  test('decide line by line from the mailed link: receipt, the staff record with its hash, money in three languages', async ({
    browser,
    api,
    mailbox,
    baseURL,
  }, testInfo) => {
    const { workshop, order, email, vin, plate } = await seedOrder(api);
    await sendEstimate(api, workshop, order.id, 'The rear discs are close to the limit.');
    const link = await estimateLink(mailbox, email, 1);
    const token = decodeURIComponent(new URL(link).hash.slice(1));
    const customer = await customerBrowser(browser, testInfo, baseURL!);
    const { page, axe, shots } = customer;

    await test.step('opens in the workshop’s language, the token gone from the address and from every URL', async () => {
      const requests = await open(page, link);
      await expect(page.getByRole('heading', { level: 1, name: 'Twój kosztorys' })).toBeVisible();
      expect(page.url()).not.toContain(token.slice(0, 20));
      expect(requests.filter((url) => url.includes(token.slice(0, 20)))).toEqual([]);
      await expect(page.getByRole('link', { name: `Zadzwoń: ${PHONE}` })).toHaveAttribute('href', 'tel:+48226102345');
      await expect(page.getByText(plate)).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Skoda Octavia' })).toBeVisible();
      await expect(page.getByText('The rear discs are close to the limit.')).toBeVisible();
      await expect(page.getByText('Europe/Warsaw')).toBeVisible();
      await expect(page.locator('body')).not.toContainText(vin);
      await expect(page.locator('body')).not.toContainText(vin.slice(-6));
      await axe.check();
      await shots.take('open-pl');
    });

    await test.step('money for pl, da and en, with both VAT rates, equals the API’s minor units', async () => {
      const totals = page.getByRole('table', { name: 'Suma tego, co akceptujesz' });
      await page.getByRole('button', { name: 'Akceptuj wszystko' }).click();
      await expect(totals.getByRole('row', { name: /VAT 8\s?% od 79,98\szł/ })).toContainText(/6,40\szł/);
      await expect(totals.getByRole('row', { name: /VAT 23\s?% od 270,00\szł/ })).toContainText(/62,10\szł/);
      await expect(totals.getByRole('row', { name: /^Razem z VAT/ }).getByRole('cell')).toHaveText(ALL_GROSS.pl);

      await page.getByRole('combobox', { name: 'Język' }).selectOption('da');
      const daTotals = page.getByRole('table', { name: 'I alt for det, du godkender' });
      await expect(daTotals.getByRole('row', { name: /Moms 8\s?% af 79,98\sPLN/ })).toContainText(/6,40\sPLN/);
      await expect(daTotals.getByRole('row', { name: /Moms 23\s?% af 270,00\sPLN/ })).toContainText(/62,10\sPLN/);
      await expect(daTotals.getByRole('row', { name: /^I alt inkl. moms/ }).getByRole('cell')).toHaveText(ALL_GROSS.da);
      await shots.take('open-da');

      await page.getByRole('combobox', { name: 'Sprog' }).selectOption('en');
      const enTotals = page.getByRole('table', { name: 'Total of what you approve' });
      await expect(enTotals.getByRole('row', { name: 'VAT 8% on PLN\u00a079.98' })).toContainText('PLN\u00a06.40');
      await expect(enTotals.getByRole('row', { name: 'VAT 23% on PLN\u00a0270.00' })).toContainText('PLN\u00a062.10');
      await expect(enTotals.getByRole('row', { name: /^Total incl. VAT/ }).getByRole('cell')).toHaveText(ALL_GROSS.en);
      await expect(page).toHaveURL(/\?lang=en$/);
    });

    await test.step('a send without a name or the box is said in place; nothing is recorded', async () => {
      await page.getByRole('button', { name: 'Send decision' }).click();
      await expect(page.getByText('Type your full name (at least 2 characters).').first()).toBeVisible();
      await expect(page.getByText('Tick the box to authorise the work you approved.').first()).toBeVisible();
      await axe.check();
      const versions = await api.request<EstimatePage>('GET', `/repair-orders/${order.id}/estimates`, {
        token: workshop.owner.session,
      });
      expect(versions.items[0]!.decision).toBeNull();
    });

    await test.step('declining the part updates the live total to the labour alone', async () => {
      await line(page, PART).getByRole('radio', { name: 'Decline' }).check();
      await expect(line(page, LABOUR).getByRole('radio', { name: 'Approve' })).toBeChecked();
      // 270.00 + 62.10 VAT.
      await expect(page.getByText('Total approved (incl. VAT)').locator('..')).toContainText('PLN\u00a0332.10');
      await page.getByLabel('Your full name').fill('Anna Nowak');
      await page.getByLabel(/I authorise .* to carry out the work I approved above/).check();
      await axe.check();
      await shots.take('decided-lines');
    });

    await test.step('the receipt says exactly what was agreed, in the workshop’s zone, with the hash', async () => {
      await page.getByRole('button', { name: 'Send decision' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Your decision is recorded' })).toBeVisible();
      const approved = page.getByRole('list', { name: 'Approved' });
      await expect(approved.getByRole('listitem')).toHaveCount(1);
      await expect(approved).toContainText(LABOUR);
      const declined = page.getByRole('list', { name: 'Declined' });
      await expect(declined.getByRole('listitem')).toHaveCount(1);
      await expect(declined).toContainText(PART);
      const agreed = page.getByRole('table', { name: 'Total agreed' });
      await expect(agreed.getByRole('row', { name: /^Total incl. VAT/ }).getByRole('cell')).toHaveText(
        'PLN\u00a0332.10',
      );

      const versions = await api.request<EstimatePage>('GET', `/repair-orders/${order.id}/estimates`, {
        token: workshop.owner.session,
      });
      const recorded = versions.items[0]!;
      expect(recorded.decision).toMatchObject({ method: 'customer', signatureName: 'Anna Nowak' });
      // A part's line is described with its number: "Brake pad set (BP-…)".
      const byId = new Map(recorded.snapshot.lines.map((each) => [each.id, each.description.split(' (')[0]]));
      expect(recorded.decision!.lines.map((each) => [byId.get(each.lineId), each.approved]).sort()).toEqual([
        [PART, false],
        [LABOUR, true],
      ]);
      await expect(page.getByText(recorded.hash, { exact: true })).toBeVisible();
      const decidedAt = new Intl.DateTimeFormat('en-GB', {
        timeZone: 'Europe/Warsaw',
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
      }).format(new Date(recorded.decision!.decidedAt));
      const signature = page.getByRole('region', { name: 'Signature' });
      await expect(signature.getByText(decidedAt, { exact: true })).toBeVisible();
      await expect(signature.getByText('Anna Nowak', { exact: true })).toBeVisible();
      const stored = await api.request<Order>('GET', `/repair-orders/${order.id}`, { token: workshop.owner.session });
      expect(stored.totals.grossMinor).toBe(33_210);
      await axe.check();
      await shots.take('receipt');
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('button', { name: 'Print receipt' })).toBeHidden();
      await expect(page.getByRole('combobox', { name: 'Language' })).toBeHidden();
      await shots.take('receipt-print');
      await page.emulateMedia({ media: 'screen' });
    });

    await test.step('the link opened again shows the decision on record, not an error', async () => {
      // Opened afresh from the mail (its "?lang=" is the workshop's language): in Polish again.
      await open(page, link);
      await expect(
        page.getByRole('heading', { level: 1, name: 'Decyzja w sprawie tego kosztorysu już zapadła' }),
      ).toBeVisible();
      await expect(page.getByRole('list', { name: 'Odrzucone' })).toContainText(PART);
      await expect(page.getByRole('button', { name: 'Wyślij decyzję' })).toHaveCount(0);
      await axe.check();
      await shots.take('already-decided');
    });
    await customer.context.close();
  });

  test('the workshop changes the estimate while it is open: the 409 reloads it with a banner; the new version is decided', async ({
    browser,
    api,
    mailbox,
    baseURL,
  }, testInfo) => {
    const { workshop, order, email } = await seedOrder(api);
    await sendEstimate(api, workshop, order.id);
    const first = await estimateLink(mailbox, email, 1);
    const customer = await customerBrowser(browser, testInfo, baseURL!);
    const { page, axe, shots } = customer;
    await open(page, inEnglish(first));
    await expect(page.getByRole('heading', { level: 1, name: 'Your estimate' })).toBeVisible();
    await page.getByRole('button', { name: 'Approve all' }).click();
    await page.getByLabel('Your full name').fill('Anna Nowak');
    await page.getByLabel(/I authorise/).check();

    // Meanwhile the workshop takes the order back to draft, doubles the labour and sends version 2.
    await api.request('POST', `/repair-orders/${order.id}/transitions`, {
      token: workshop.owner.session,
      body: { to: 'draft' },
      expect: 200,
    });
    const current = await api.request<Order>('GET', `/repair-orders/${order.id}`, { token: workshop.owner.session });
    const labour = current.lines.find((each) => each.description === LABOUR)!;
    await api.request('PATCH', `/repair-orders/${order.id}/lines/${labour.id}`, {
      token: workshop.owner.session,
      body: { quantity: 3 },
      expect: 200,
    });
    await sendEstimate(api, workshop, order.id);

    await page.getByRole('button', { name: 'Send decision' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'The workshop changed this estimate' })).toContainText(
      'nothing was recorded',
    );
    await expect(page.getByRole('heading', { level: 1, name: 'This estimate was replaced' })).toBeVisible();
    await expect(page.getByRole('link', { name: `Call ${PHONE}` })).toBeVisible();
    const versions = await api.request<EstimatePage>('GET', `/repair-orders/${order.id}/estimates`, {
      token: workshop.owner.session,
    });
    expect(versions.items.map((each) => [each.version, each.decision])).toEqual([
      [2, null],
      [1, null],
    ]);
    await axe.check();
    await shots.take('changed-409');

    // The newest link shows the new price: 3 h × 180.00 = 540.00 + 124.20 VAT.
    const second = await estimateLink(mailbox, email, 2);
    await open(page, inEnglish(second));
    await expect(line(page, LABOUR)).toContainText('PLN\u00a0540.00');
    await page.getByRole('button', { name: 'Decline all' }).click();
    await line(page, LABOUR).getByRole('radio', { name: 'Approve' }).check();
    await expect(page.getByText('Total approved (incl. VAT)').locator('..')).toContainText('PLN\u00a0664.20');
    await page.getByLabel('Your full name').fill('Anna Nowak');
    await page.getByLabel(/I authorise/).check();
    await page.getByRole('button', { name: 'Send decision' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your decision is recorded' })).toBeVisible();
    await customer.context.close();
  });

  test('a link that is not valid says so, in place of an error', async ({ page, axe, shots }) => {
    await open(page, `/estimate#${'A'.repeat(64)}.${'B'.repeat(22)}`);
    await expect(page.getByRole('heading', { level: 1, name: 'This link is not valid' })).toBeVisible();
    await axe.check();
    await shots.take('not-valid');
    await open(page, '/estimate');
    await expect(page.getByRole('heading', { level: 1, name: 'This link is not valid' })).toBeVisible();
  });
});
