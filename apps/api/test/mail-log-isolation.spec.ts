import { MailStack, startMailStack } from '../../../test/support/mail-stack';
import { Workshop } from '../../../test/support/test-api';
import { snapshotWorkshop } from './bola-support';

interface MailLogBody {
  items: { id: string; to: string; template: string }[];
  total: number;
}

const TABLES = {
  mail_messages: 'select * from mail_messages where tenant_id = $1 order by id',
};

/**
 * The mail ledger between workshops: each owner sees their own workshop's mail only, whatever
 * the filter, and delivering one workshop's mail never touches another's rows. Runs twice in
 * CI: as the application role, and through a role that bypasses row-level security.
 */
describe("a workshop's mail log is its own", () => {
  let stack: MailStack;
  let victim: Workshop;
  let attacker: Workshop;
  let victimBefore: Awaited<ReturnType<typeof snapshotWorkshop>>;

  beforeAll(async () => {
    stack = await startMailStack();
    victim = await stack.api.signupWorkshop('Victim Mail Garage');
    attacker = await stack.api.signupWorkshop('Attacker Mail Garage');
    await stack.sink.waitFor((mail) => mail.to.includes(victim.email));
    await stack.sink.waitFor((mail) => mail.to.includes(attacker.email));
    await stack.worker.drained();
    victimBefore = await snapshotWorkshop(victim.tenantId, TABLES);
  });

  afterAll(() => stack.close());

  const mailLog = (token: string, query = '') =>
    stack.api.request<MailLogBody>('GET', `/api/v1/mail-log${query}`, { token });

  it.each(['', '?status=sent', '?status=queued', '?status=failed', '?limit=100&sort=-createdAt'])(
    "lists none of another workshop's mail (query %p)",
    async (query) => {
      const log = await mailLog(attacker.accessToken, query);
      expect(log.status).toBe(200);
      expect(log.text).not.toContain(victim.email);
      expect(log.body.items.every((item) => item.to === attacker.email)).toBe(true);
    },
  );

  it("counts only the caller's mail in the total", async () => {
    const own = await mailLog(attacker.accessToken);
    expect(own.body.total).toBe(own.body.items.length);
    expect(own.body.total).toBe(1);
  });

  it("leaves every mail row of the other workshop exactly as it was after the attacker's mail went out", async () => {
    const forgot = await stack.api.request('POST', '/api/v1/auth/password/forgot', { body: { email: attacker.email } });
    expect(forgot.status).toBe(202);
    await stack.sink.waitFor(() => stack.sink.messages.filter((mail) => mail.to.includes(attacker.email)).length >= 2);
    await stack.worker.drained();
    expect(await snapshotWorkshop(victim.tenantId, TABLES)).toEqual(victimBefore);
  });
});
