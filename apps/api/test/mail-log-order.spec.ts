import { MailStack, startMailStack } from '../../../test/support/mail-stack';
import { TestApi, Workshop } from '../../../test/support/test-api';
import { expectStatus } from './repairs-fixtures';
import { carWithClient, orderWithLines, sendEstimate } from './repairs-estimates-fixtures';

interface MailLogBody {
  items: { id: string; to: string; template: string }[];
  total: number;
}

/**
 * The order page's mail log: `GET /mail-log?orderId=` lists the mail about that one order (its
 * estimate versions), never another order's, and never another workshop's.
 */
describe('the mail log of one repair order', () => {
  let stack: MailStack;
  let api: TestApi;
  let victim: Workshop;
  let attacker: Workshop;
  let orderId: string;
  let otherOrderId: string;
  let email: string;

  beforeAll(async () => {
    stack = await startMailStack();
    api = stack.api;
    victim = await api.signupWorkshop('Order Mail Garage');
    attacker = await api.signupWorkshop('Order Mail Attacker');
    email = `anna-${Math.random().toString(36).slice(2)}@example.test`;
    const car = await carWithClient(api, victim, { email });
    orderId = (await orderWithLines(api, victim, car)).id;
    otherOrderId = (await orderWithLines(api, victim, car)).id;
    await sendEstimate(api, victim, orderId);
    await sendEstimate(api, victim, otherOrderId);
    await stack.worker.drained();
  });

  afterAll(() => stack.close());

  const mailLog = (token: string, query: string) =>
    api.request<MailLogBody>('GET', `/api/v1/mail-log${query}`, { token });

  it("lists the order's estimate mail and nothing of the workshop's other orders or accounts", async () => {
    const own = await mailLog(victim.accessToken, `?orderId=${orderId}`);
    expectStatus(own, 200);
    expect(own.body.items).toEqual([expect.objectContaining({ template: 'estimate_sent', to: email })]);
    expect(own.body.total).toBe(1);

    const other = await mailLog(victim.accessToken, `?orderId=${otherOrderId}`);
    expect(other.body.items).toEqual([expect.objectContaining({ template: 'estimate_sent', to: email })]);
    expect(other.body.items[0]!.id).not.toBe(own.body.items[0]!.id);

    const all = await mailLog(victim.accessToken, '');
    expect(all.body.items.some((item) => item.template === 'email_verification')).toBe(true);
  });

  it('combines the order with a status filter', async () => {
    const failed = await mailLog(victim.accessToken, `?orderId=${orderId}&status=failed`);
    expect(failed.body).toMatchObject({ items: [], total: 0 });
  });

  it.each(['', '&status=sent', '&status=queued', '&limit=100'])(
    "shows workshop B nothing of workshop A's order mail (filter %p)",
    async (extra) => {
      const log = await mailLog(attacker.accessToken, `?orderId=${orderId}${extra}`);
      expectStatus(log, 200);
      expect(log.body).toMatchObject({ items: [], total: 0 });
      expect(log.text).not.toContain(email);
    },
  );

  it.each(['not-a-uuid', '%25', 'estimate_sent'])(
    'refuses an order id that is not a UUID (%p) with 400',
    async (bad) => {
      const log = await mailLog(victim.accessToken, `?orderId=${bad}`);
      expectStatus(log, 400);
    },
  );
});
