import { MailStack, startMailStack } from '../../../test/support/mail-stack';
import { Workshop } from '../../../test/support/test-api';
import { eventually } from '../../../test/support/eventually';

interface MailLogBody {
  items: { id: string; template: string; to: string; status: string; attempts: number; lastError: string | null }[];
  total: number;
}

describe('the mail log', () => {
  let stack: MailStack;
  let workshop: Workshop;
  let other: Workshop;

  beforeAll(async () => {
    stack = await startMailStack();
    workshop = await stack.api.signupWorkshop('Mail Log Garage');
    other = await stack.api.signupWorkshop('Other Mail Garage');
    await stack.sink.waitFor((mail) => mail.to.includes(workshop.email));
    await stack.worker.drained();
  });

  afterAll(() => stack.close());

  const mailLog = (token: string, query = '') =>
    stack.api.request<MailLogBody>('GET', `/api/v1/mail-log${query}`, { token });

  it("shows owners their workshop's mail with its status, and nothing secret", async () => {
    await eventually(async () => {
      const log = await mailLog(workshop.accessToken);
      expect(log.status).toBe(200);
      expect(log.body.items).toEqual([
        expect.objectContaining({
          template: 'email_verification',
          to: workshop.email,
          status: 'sent',
          attempts: 1,
          lastError: null,
        }),
      ]);
    });
    const log = await mailLog(workshop.accessToken);
    const delivered = stack.sink.messages.find((mail) => mail.to.includes(workshop.email))!;
    const token = /token=([A-Za-z0-9_-]+)/.exec(delivered.text)![1]!;
    expect(log.text).not.toContain(token);
  });

  it("never shows another workshop's mail", async () => {
    const log = await mailLog(other.accessToken);
    expect(log.body.items.map((item) => item.to)).toEqual([other.email]);
  });

  it('filters by status and refuses unknown ones', async () => {
    expect((await mailLog(workshop.accessToken, '?status=failed')).body).toMatchObject({ items: [], total: 0 });
    expect((await mailLog(workshop.accessToken, '?status=lost')).status).toBe(400);
  });

  it('is for owners and managers only', async () => {
    const mechanic = await stack.api.addStaff(workshop, 'mechanic');
    expect((await mailLog(mechanic.accessToken)).status).toBe(403);
  });
});
