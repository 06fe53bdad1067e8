import { canonicalJson } from '@pitlane/repairs';
import { BookingTokens } from '@pitlane/scheduling';
import { createHash } from 'node:crypto';
import { startMailStack, MailStack } from '../../../test/support/mail-stack';
import { TestApi, withAdminClient, withAppClient, Workshop } from '../../../test/support/test-api';
import { addLine, expectStatus, Json } from './repairs-fixtures';
import {
  carWithClient,
  decideEstimate,
  getOrder,
  move,
  orderWithLines,
  PublicEstimate,
  sendEstimate,
  tokenOf,
  viewEstimate,
} from './repairs-estimates-fixtures';

const VIN = '1M8GDM9AXKP042788';
const CUSTOMER_IP = '203.0.113.7';
const BROWSER = 'Mozilla/5.0 (estimate test)';

interface StoredApproval {
  version: number;
  hash: string;
  method: string;
  decisions: { lineId: string; approved: boolean }[];
  signature_name: string;
  note: string | null;
  staff_user_id: string | null;
  ip_address: string | null;
  user_agent: string | null;
  decided_at: Date;
}

describe('repairs: estimates the customer approves', () => {
  let stack: MailStack;
  let api: TestApi;
  let owner: Workshop;
  let manager: Workshop;
  let mechanic: Workshop;

  beforeAll(async () => {
    // nginx in front: the customer's address is the one X-Forwarded-For names.
    stack = await startMailStack({ HTTP_TRUST_PROXY: 'true' });
    api = stack.api;
    owner = await api.signupWorkshop('Estimates Garage');
    manager = await api.addStaff(owner, 'manager');
    mechanic = await api.addStaff(owner, 'mechanic');
  });

  afterAll(() => stack.close());

  const storedVersion = (orderId: string, version: number) =>
    withAdminClient(async (client) => {
      const result = await client.query<{ snapshot: string; hash: string; token_hash: Buffer | null }>(
        'select snapshot, hash, token_hash from estimate_versions where tenant_id = $1 and order_id = $2 and version = $3',
        [owner.tenantId, orderId, version],
      );
      return result.rows[0]!;
    });

  const storedApprovals = (orderId: string) =>
    withAdminClient(
      async (client) =>
        (
          await client.query<StoredApproval>(
            `select version, hash, method, decisions, signature_name, note, staff_user_id, host(ip_address) as ip_address,
                    user_agent, decided_at
             from estimate_approvals where tenant_id = $1 and order_id = $2 order by version`,
            [owner.tenantId, orderId],
          )
        ).rows,
    );

  const auditOf = (orderId: string) =>
    withAdminClient(
      async (client) =>
        (
          await client.query<{ action: string; actor_user_id: string | null }>(
            'select action, actor_user_id from audit_events where tenant_id = $1 and entity_id = $2 order by occurred_at, id',
            [owner.tenantId, orderId],
          )
        ).rows,
    );

  /** Events of one transaction can share a millisecond, so their order is not theirs to keep. */
  const byAction = <T extends { action: string }>(events: T[]) =>
    [...events].sort((x, y) => x.action.localeCompare(y.action));

  /** Sends the order's estimate to a client with an e-mail address and takes the token from the mail. */
  const mailedToken = async (orderId: string, email: string, version: number): Promise<string> => {
    const sent = await sendEstimate(api, owner, orderId);
    expect(sent).toMatchObject({ version, mailed: true, link: null, delivery: 'email' });
    // The workshop's locale decides the language; the n-th mail to this address is version n.
    const mail = await stack.sink.waitFor(
      (message) => stack.sink.messages.filter((m) => m.to.includes(email)).indexOf(message) === version - 1,
    );
    expect(mail.subject).toContain('Estimates Garage');
    return tokenOf(mail.text);
  };

  const emailCar = async (vin?: string) => {
    const email = `anna-${Math.random().toString(36).slice(2)}@example.test`;
    return { email, car: await carWithClient(api, owner, { email }, vin) };
  };

  it('freezes the lines as version 1, mails the link, and the stored hash is the SHA-256 of exactly what the customer sees (no VIN)', async () => {
    const { email, car } = await emailCar(VIN);
    const order = await orderWithLines(api, owner, car);
    const token = await mailedToken(order.id, email, 1);
    expect(token).toMatch(/^[A-Za-z0-9_-]{64}\.[A-Za-z0-9_-]{22}$/);
    // The customer can quote the order's number to the workshop (a Polish workshop).
    const mail = stack.sink.messages.find((message) => message.to.includes(email))!;
    expect(mail.text).toContain(`(zlecenie nr ${order.number})`);
    expect((await getOrder(api, owner, order.id)).status).toBe('estimate_sent');
    expect(byAction((await auditOf(order.id)).slice(-2))).toEqual([
      { action: 'repair_order_estimate.sent', actor_user_id: owner.userId },
      { action: 'repair_order_status.estimate_sent', actor_user_id: owner.userId },
    ]);

    const shown = await viewEstimate(api, token);
    expect(shown.status).toBe(200);
    const stored = await storedVersion(order.id, 1);
    // What the customer was shown, serialised canonically, is byte for byte what is stored and hashed.
    expect(canonicalJson(shown.body.snapshot)).toBe(stored.snapshot);
    expect(createHash('sha256').update(stored.snapshot, 'utf8').digest('hex')).toBe(stored.hash);
    expect(shown.body.hash).toBe(stored.hash);
    // Only the token's hash is stored.
    expect(stored.token_hash).toEqual(createHash('sha256').update(token, 'utf8').digest());
    expect(shown.body).toMatchObject({
      state: 'open',
      decision: null,
      snapshot: {
        schema: 'pitlane/estimate/v2',
        version: 1,
        orderNumber: order.number,
        workshop: { name: expect.stringContaining('Estimates Garage') as unknown },
        vehicle: { plate: car.plate, make: 'Skoda', model: 'Octavia' },
        totals: { netMinor: 27_498, vatMinor: 6_100, grossMinor: 33_598 },
        openTotals: { grossMinor: 33_598 },
      },
    });
    expect(
      shown.body.snapshot.lines.map((line) => [line.id, line.kind, line.quantity, line.netMinor, line.approval]),
    ).toEqual(order.lines.map((line) => [line.id, line.kind, line.quantity, line.netMinor, 'pending']));
    for (const text of [shown.text, stored.snapshot]) {
      expect(text).not.toContain(VIN);
      expect(text).not.toContain(VIN.slice(-6));
      expect(text).not.toContain(car.clientId);
    }
    // The link is sealed in the mail ledger, never in its plaintext data.
    const ledger = await withAdminClient(
      async (client) =>
        (
          await client.query<{ idempotency_key: string; data: unknown }>(
            `select idempotency_key, data from mail_messages where tenant_id = $1 and template = 'estimate_sent'
             and idempotency_key = $2`,
            [owner.tenantId, `estimate_sent:${order.id}:1`],
          )
        ).rows,
    );
    expect(ledger).toHaveLength(1);
    expect(JSON.stringify(ledger[0]!.data)).not.toContain(token);
    expect(JSON.stringify(ledger[0]!.data)).not.toContain('public/estimates');
  });

  it('takes per-line decisions, stores them with the typed name, time, address and browser, and moves the order', async () => {
    const { email, car } = await emailCar();
    const order = await orderWithLines(api, owner, car);
    const token = await mailedToken(order.id, email, 1);
    const { hash } = (await viewEstimate(api, token)).body;
    const [labour, part, fee] = order.lines;
    const decisions = [
      { lineId: labour!.id, approved: true },
      { lineId: part!.id, approved: true },
      { lineId: fee!.id, approved: false },
    ];
    const decided = await decideEstimate(
      api,
      token,
      { lines: decisions, signatureName: '  Anna Nowak ', hash },
      { 'x-forwarded-for': CUSTOMER_IP, 'user-agent': BROWSER },
    );
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({
      state: 'decided',
      decision: { method: 'customer', signatureName: 'Anna Nowak', lines: decisions },
    });

    const after = await getOrder(api, owner, order.id);
    expect(after.status).toBe('approved');
    expect(after.lines.map((line) => line.approval)).toEqual(['approved', 'approved', 'declined']);
    // The declined fee is still listed but counts in no total.
    expect(after.totals).toEqual({
      netMinor: 25_998,
      vatMinor: 5_980,
      grossMinor: 31_978,
      vat: [{ vatRateBp: 2300, netMinor: 25_998, vatMinor: 5_980 }],
    });
    const [approval] = await storedApprovals(order.id);
    expect(approval).toMatchObject({
      version: 1,
      hash,
      method: 'customer',
      decisions,
      signature_name: 'Anna Nowak',
      staff_user_id: null,
      ip_address: CUSTOMER_IP,
      user_agent: BROWSER,
    });
    const audit = await auditOf(order.id);
    expect(byAction(audit.slice(-2))).toEqual([
      { action: 'repair_order_estimate.partly_approved_by_customer', actor_user_id: null },
      { action: 'repair_order_status.approved', actor_user_id: null },
    ]);

    // Deciding twice is refused, and changes nothing.
    const again = await decideEstimate(api, token, { decision: 'decline', signatureName: 'Anna Nowak', hash });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ type: 'https://pitlane.dev/problems/estimate-already-decided' });
    expect(await storedApprovals(order.id)).toHaveLength(1);
    expect((await getOrder(api, owner, order.id)).lines.map((line) => line.approval)).toEqual([
      'approved',
      'approved',
      'declined',
    ]);
  });

  it('declining the whole estimate declines the order; a hash other than the one shown is refused', async () => {
    const { email, car } = await emailCar();
    const order = await orderWithLines(api, owner, car);
    const token = await mailedToken(order.id, email, 1);
    const { hash } = (await viewEstimate(api, token)).body;
    const other = hash.replace(/^./, hash.startsWith('0') ? '1' : '0');
    const stale = await decideEstimate(api, token, { decision: 'approve', signatureName: 'Anna Nowak', hash: other });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ type: 'https://pitlane.dev/problems/estimate-changed' });
    expect(await storedApprovals(order.id)).toEqual([]);

    const declined = await decideEstimate(api, token, { decision: 'decline', signatureName: 'Anna Nowak', hash });
    expect(declined.status).toBe(200);
    const after = await getOrder(api, owner, order.id);
    expect(after.status).toBe('declined');
    expect(after.lines.map((line) => line.approval)).toEqual(['declined', 'declined', 'declined']);
    expect(after.totals).toMatchObject({ netMinor: 0, vatMinor: 0, grossMinor: 0 });
  });

  it('editing after approval sets lines pending and blocks completion until a new version is approved', async () => {
    const { email, car } = await emailCar();
    const order = await orderWithLines(api, owner, car);
    const v1 = await mailedToken(order.id, email, 1);
    const shown = (await viewEstimate(api, v1)).body;
    expectStatus(
      await decideEstimate(api, v1, { decision: 'approve', signatureName: 'Anna Nowak', hash: shown.hash }),
      200,
    );
    expectStatus(await move(api, mechanic, order.id, 'in_progress'), 200);

    // A price change on an approved line and a new line: both need the customer again.
    const [labour] = order.lines;
    const patched = await api.request('PATCH', `/api/v1/repair-orders/${order.id}/lines/${labour!.id}`, {
      token: mechanic.accessToken,
      body: { unitPriceMinor: 13_000 },
    });
    expectStatus(patched, 200);
    const extra = await addLine(api, mechanic, order.id, {
      kind: 'part',
      description: 'Rear brake discs',
      quantity: 2,
      unitPriceMinor: 20_000,
      vatRateBp: 2300,
    });
    expect(extra.lines.map((line) => (line as { approval?: string }).approval)).toEqual([
      'pending',
      'approved',
      'approved',
      'pending',
    ]);
    const refused = await move(api, mechanic, order.id, 'completed');
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      type: 'https://pitlane.dev/problems/unapproved-lines',
      pendingLines: 2,
    });
    expect(String(refused.body.detail)).toMatch(/approv/);
    expect((await getOrder(api, owner, order.id)).status).toBe('in_progress');

    // The supplement: version 2, the work keeps its status; version 1's link is now superseded.
    const v2 = await mailedToken(order.id, email, 2);
    expect((await getOrder(api, owner, order.id)).status).toBe('in_progress');
    const supplement = (await viewEstimate(api, v2)).body;
    expect(supplement.snapshot.lines.map((line) => [line.unitPriceMinor, line.approval])).toEqual([
      [13_000, 'pending'],
      [3_999, 'approved'],
      [1_500, 'approved'],
      [20_000, 'pending'],
    ]);
    expect(supplement.snapshot.openTotals.grossMinor).toBe(Math.round((19_500 + 40_000) * 1.23));
    expect((await viewEstimate(api, v1)).body.state).toBe('decided');

    // Only the lines it asks about may be decided, each once.
    const notAsked = await decideEstimate(api, v2, {
      lines: supplement.snapshot.lines.map((line) => ({ lineId: line.id, approved: true })),
      signatureName: 'Anna Nowak',
      hash: supplement.hash,
    });
    expect(notAsked.status).toBe(400);
    const open = supplement.snapshot.lines.filter((line) => line.approval === 'pending');
    expectStatus(
      await decideEstimate(api, v2, {
        lines: [
          { lineId: open[0]!.id, approved: true },
          { lineId: open[1]!.id, approved: false },
        ],
        signatureName: 'Anna Nowak',
        hash: supplement.hash,
      }),
      200,
    );
    const after = await getOrder(api, owner, order.id);
    expect(after.status).toBe('in_progress');
    expect(after.lines.map((line) => line.approval)).toEqual(['approved', 'approved', 'approved', 'declined']);
    expectStatus(await move(api, mechanic, order.id, 'completed'), 200);
    expect((await storedApprovals(order.id)).map((row) => [row.version, row.method])).toEqual([
      [1, 'customer'],
      [2, 'customer'],
    ]);
  });

  it('refuses a superseded version (409) and a version whose lines changed after it was sent (409)', async () => {
    const { email, car } = await emailCar();
    const order = await orderWithLines(api, owner, car);
    const v1 = await mailedToken(order.id, email, 1);
    const v1Hash = (await viewEstimate(api, v1)).body.hash;
    await mailedToken(order.id, email, 2);
    const superseded = await viewEstimate(api, v1);
    expect(superseded.body.state).toBe('superseded');
    const refused = await decideEstimate(api, v1, { decision: 'approve', signatureName: 'Anna Nowak', hash: v1Hash });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ type: 'https://pitlane.dev/problems/estimate-superseded' });

    // Back to draft to revise, a line changed, and moved out again without a new version.
    const order2 = await orderWithLines(api, owner, (await emailCar()).car);
    const sent = await sendEstimate(api, owner, order2.id);
    expect(sent.mailed).toBe(true);
    const token = tokenOf((await stack.sink.waitFor((mail) => mail.text.includes(sent.snapshot.vehicle.plate!))).text);
    expectStatus(await move(api, owner, order2.id, 'draft'), 200);
    await addLine(api, owner, order2.id, {
      kind: 'fee',
      description: 'Extra',
      quantity: 1,
      unitPriceMinor: 1,
      vatRateBp: 0,
    });
    expectStatus(await move(api, owner, order2.id, 'estimate_sent'), 200);
    const changed = await decideEstimate(api, token, {
      decision: 'approve',
      signatureName: 'Anna Nowak',
      hash: sent.hash,
    });
    expect(changed.status).toBe(409);
    expect(changed.body).toMatchObject({ type: 'https://pitlane.dev/problems/estimate-changed' });
    expect(await storedApprovals(order2.id)).toEqual([]);
  });

  it('refuses every tampered token (each flipped character), truncation, a booking token, an expired link, with the same 404', async () => {
    const { email, car } = await emailCar();
    const order = await orderWithLines(api, owner, car);
    const token = await mailedToken(order.id, email, 1);
    const { hash } = (await viewEstimate(api, token)).body;
    const notFound = (await viewEstimate(api, `${'A'.repeat(64)}.${'A'.repeat(22)}`)).body;
    expect(notFound).toMatchObject({ status: 404, type: 'https://pitlane.dev/problems/estimate-not-found' });
    const same = (body: unknown) => ({ ...(body as Json), instance: undefined });

    const flipped = [...token].map((char, at) =>
      at === 64 ? null : token.slice(0, at) + (char === 'A' ? 'B' : 'A') + token.slice(at + 1),
    );
    for (const candidate of flipped) {
      if (candidate === null) continue;
      const view = await viewEstimate(api, candidate);
      expect({ candidate, status: view.status }).toEqual({ candidate, status: 404 });
      expect(same(view.body)).toEqual(same(notFound));
    }
    const booking = api.app.get(BookingTokens).mint(owner.tenantId);
    for (const candidate of [token.slice(0, -1), token.slice(0, 64), `${token}.x`, booking]) {
      const view = await viewEstimate(api, candidate);
      const decide = await decideEstimate(api, candidate, { decision: 'approve', signatureName: 'Anna Nowak', hash });
      expect({ candidate, view: view.status, decide: decide.status }).toEqual({ candidate, view: 404, decide: 404 });
      expect(same(view.body)).toEqual(same(notFound));
    }

    // Past its expiry the link opens nothing. (The table refuses updates; the test steps around its trigger.)
    await withAdminClient(async (client) => {
      await client.query('begin');
      await client.query(`set local session_replication_role = replica`);
      await client.query(
        `update estimate_versions set expires_at = now() - interval '1 second' where tenant_id = $1 and order_id = $2`,
        [owner.tenantId, order.id],
      );
      await client.query('commit');
    });
    expect((await viewEstimate(api, token)).status).toBe(404);
    expect((await decideEstimate(api, token, { decision: 'approve', signatureName: 'Anna Nowak', hash })).status).toBe(
      404,
    );
    expect(await storedApprovals(order.id)).toEqual([]);
    expect((await getOrder(api, owner, order.id)).status).toBe('estimate_sent');
  });

  it('hands staff the link when the client has no e-mail, and records an approval given by phone', async () => {
    const car = await carWithClient(api, owner);
    const order = await orderWithLines(api, owner, car);
    const sent = await sendEstimate(api, manager, order.id, { message: 'Pads are at 2 mm.' });
    expect(sent).toMatchObject({ version: 1, mailed: false, delivery: 'none', orderStatus: 'estimate_sent' });
    expect(sent.notice).toMatch(/no e-mail/);
    expect(sent.link).toMatch(/\/estimate#/);
    expect((await viewEstimate(api, tokenOf(sent.link!))).body.snapshot).toMatchObject({
      message: 'Pads are at 2 mm.',
    });

    const url = `/api/v1/repair-orders/${order.id}/estimates/1/approval`;
    const body = { decision: 'approve', customerName: 'Anna Nowak', note: 'Approved by phone at 10:15' };
    expect((await api.request('POST', url, { token: mechanic.accessToken, body })).status).toBe(403);
    const recorded = await api.request<{ state: string; decision: Json }>('POST', url, {
      token: manager.accessToken,
      body,
    });
    expect(recorded.status).toBe(201);
    expect(recorded.body).toMatchObject({
      state: 'decided',
      decision: { method: 'staff', signatureName: 'Anna Nowak', note: body.note, staffUserId: manager.userId },
    });
    expect((await getOrder(api, owner, order.id)).status).toBe('approved');
    expect((await api.request('POST', url, { token: manager.accessToken, body })).status).toBe(409);
    // The customer's link now shows the decision and refuses another.
    const view = await viewEstimate(api, tokenOf(sent.link!));
    expect(view.body).toMatchObject({ state: 'decided', decision: { method: 'staff', signatureName: 'Anna Nowak' } });
    expect(JSON.stringify(view.body)).not.toContain(manager.userId);
  });

  it('a staff move straight to approved approves the lines as a staff approval of a version frozen on the spot', async () => {
    const car = await carWithClient(api, owner);
    const order = await orderWithLines(api, owner, car);
    expectStatus(await move(api, owner, order.id, 'approved'), 200);
    const after = await getOrder(api, owner, order.id);
    expect(after.lines.map((line) => line.approval)).toEqual(['approved', 'approved', 'approved']);
    const versions = await api.request<{
      items: { version: number; delivery: string; state: string; decision: Json }[];
    }>('GET', `/api/v1/repair-orders/${order.id}/estimates`, { token: mechanic.accessToken });
    expect(versions.status).toBe(200);
    expect(versions.body.items).toEqual([
      expect.objectContaining({
        version: 1,
        delivery: 'on_the_spot',
        state: 'decided',
        decision: expect.objectContaining({ method: 'staff', staffUserId: owner.userId }) as unknown,
      }),
    ]);
    const [stored] = await storedApprovals(order.id);
    expect(stored?.hash).toBe((await storedVersion(order.id, 1)).hash);
    expect(byAction((await auditOf(order.id)).slice(-3))).toEqual([
      { action: 'repair_order_estimate.approved_by_staff', actor_user_id: owner.userId },
      { action: 'repair_order_estimate.frozen', actor_user_id: owner.userId },
      { action: 'repair_order_status.approved', actor_user_id: owner.userId },
    ]);
  });

  it('lists versions newest first with their state; nothing to ask about is a 409', async () => {
    const { email, car } = await emailCar();
    const order = await orderWithLines(api, owner, car);
    await mailedToken(order.id, email, 1);
    await mailedToken(order.id, email, 2);
    const list = await api.request<{ items: { version: number; state: string }[]; total: number }>(
      'GET',
      `/api/v1/repair-orders/${order.id}/estimates?limit=10`,
      { token: owner.accessToken },
    );
    expect(list.body).toMatchObject({ total: 2, page: 1, limit: 10 });
    expect(list.body.items.map((item) => [item.version, item.state])).toEqual([
      [2, 'open'],
      [1, 'superseded'],
    ]);
    expectStatus(await move(api, owner, order.id, 'approved'), 200);
    const nothing = await api.request('POST', `/api/v1/repair-orders/${order.id}/estimates`, {
      token: owner.accessToken,
      body: {},
    });
    expect(nothing.status).toBe(409);
  });

  it('validates bodies: unknown fields, both or neither verdict, a missing line, no name', async () => {
    const car = await carWithClient(api, owner);
    const order = await orderWithLines(api, owner, car);
    const sent = await sendEstimate(api, owner, order.id);
    const token = tokenOf(sent.link!);
    const ok = { decision: 'approve', signatureName: 'Anna Nowak', hash: sent.hash };
    for (const body of [
      { ...ok, extra: 1 },
      { ...ok, lines: [{ lineId: order.lines[0]!.id, approved: true }] },
      { signatureName: 'Anna Nowak', hash: sent.hash },
      { ...ok, signatureName: ' ' },
      { ...ok, hash: 'abc' },
      { lines: [{ lineId: order.lines[0]!.id, approved: true }], signatureName: 'Anna Nowak', hash: sent.hash },
      { lines: [{ lineId: order.lines[0]!.id, approved: 'yes' }], signatureName: 'Anna Nowak', hash: sent.hash },
    ]) {
      const response = await decideEstimate(api, token, body);
      expect({ body, status: response.status }).toEqual({ body, status: 400 });
    }
    expect((await api.request('POST', '/api/v1/public/estimates/view?x=1', { body: { token } })).status).toBe(400);
    for (const body of [{}, { token: '' }, { token: 'x'.repeat(201) }, { token, extra: 1 }, { token: 42 }]) {
      const response = await api.request('POST', '/api/v1/public/estimates/view', { body });
      expect({ body, status: response.status }).toEqual({ body, status: 400 });
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    const unknown = await api.request('POST', `/api/v1/repair-orders/${order.id}/estimates`, {
      token: owner.accessToken,
      body: { message: 'x', to: 'someone@example.test' },
    });
    expect(unknown.status).toBe(400);
    expect(await storedApprovals(order.id)).toEqual([]);
  });

  it('keeps versions and approvals append-only for the application role', async () => {
    const car = await carWithClient(api, owner);
    const order = await orderWithLines(api, owner, car);
    expectStatus(await move(api, owner, order.id, 'approved'), 200);
    for (const statement of [
      `update estimate_versions set hash = repeat('0', 64)`,
      'delete from estimate_versions',
      `update estimate_approvals set signature_name = 'Someone else'`,
      'delete from estimate_approvals',
    ]) {
      const code = await withAppClient(async (client) => {
        await client.query('begin');
        await client.query(`select set_config('app.tenant_id', $1, true)`, [owner.tenantId]);
        const failure = await client.query(statement).then(
          () => null,
          (error: { code?: string }) => error.code,
        );
        await client.query('rollback');
        return failure;
      });
      expect({ statement, code }).toEqual({ statement, code: '42501' });
    }
  });

  it('lets exactly one of ten simultaneous decisions in; the others are 409 and nothing is written twice', async () => {
    const car = await carWithClient(api, owner);
    const order = await orderWithLines(api, owner, car);
    const sent = await sendEstimate(api, owner, order.id);
    const token = tokenOf(sent.link!);
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        decideEstimate(api, token, {
          decision: i % 2 === 0 ? 'approve' : 'decline',
          signatureName: `Anna Nowak ${i}`,
          hash: sent.hash,
        }),
      ),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, ...Array<number>(9).fill(409)]);
    const rows = await storedApprovals(order.id);
    expect(rows).toHaveLength(1);
    const winner = answers.find((answer) => answer.status === 200)!.body;
    expect(rows[0]!.signature_name).toBe(winner.decision!.signatureName);
    expect((await getOrder(api, owner, order.id)).status).toBe(
      winner.decision!.lines.every((line) => line.approved) ? 'approved' : 'declined',
    );
  });

  it('documents every estimate route in OpenAPI and never writes a link token to a log', async () => {
    const docs = await api.request<{ paths: Record<string, Record<string, unknown>> }>('GET', '/api/docs-json');
    const routes = Object.entries(docs.body.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(routes).toEqual(
      expect.arrayContaining([
        'POST /api/v1/repair-orders/{id}/estimates',
        'GET /api/v1/repair-orders/{id}/estimates',
        'POST /api/v1/repair-orders/{id}/estimates/{version}/approval',
        'POST /api/v1/public/estimates/view',
        'POST /api/v1/public/estimates/decide',
      ]),
    );
    const tokens = await withAdminClient(
      async (client) =>
        (
          await client.query<{ n: number }>(
            'select count(*)::int as n from estimate_versions where tenant_id = $1 and token_hash is not null',
            [owner.tenantId],
          )
        ).rows[0]!.n,
    );
    expect(tokens).toBeGreaterThan(5);
    // Every token of this file has the shape below; none may appear in what the API or worker logged.
    const logs = [...api.logLines, ...stack.worker.logLines].join('\n');
    expect(api.logLines.length).toBeGreaterThan(0);
    expect(logs).not.toMatch(/[A-Za-z0-9_-]{64}\.[A-Za-z0-9_-]{22}/);
    expect(logs).toContain('/public/estimates/view');
    expect(logs).toContain('/public/estimates/decide');
    expect(Object.keys(docs.body.paths).filter((path) => path.includes('{token}'))).toEqual([]);
  });

  it('never shows the public estimate more than its own version: the body names no staff, client or VIN', async () => {
    const car = await carWithClient(api, owner);
    const order = await orderWithLines(api, owner, car);
    const sent = await sendEstimate(api, owner, order.id);
    const view: PublicEstimate = (await viewEstimate(api, tokenOf(sent.link!))).body;
    expect(Object.keys(view).sort()).toEqual(['decision', 'expiresAt', 'hash', 'snapshot', 'state', 'workshop']);
    expect(Object.keys(view.workshop).sort()).toEqual(['address', 'email', 'locale', 'name', 'phone', 'timeZone']);
    const text = JSON.stringify(view);
    for (const secret of [owner.userId, owner.tenantId, car.clientId, car.vehicleId, order.id, owner.email]) {
      expect(text).not.toContain(secret);
    }
  });
  it("a suspended workshop's estimate links answer 403 workshop-not-accepting-requests and record nothing", async () => {
    const paused = await api.signupWorkshop('Paused Estimates');
    const order = await orderWithLines(api, paused, await carWithClient(api, paused));
    const sent = await sendEstimate(api, paused, order.id);
    const token = tokenOf(sent.link!);
    const setStatus = (status: string) =>
      withAdminClient((client) =>
        client.query('update tenants set status = $2 where id = $1', [paused.tenantId, status]),
      );
    const rowsOf = () =>
      withAdminClient(async (client) => {
        const rows = async (sql: string) => (await client.query<Json>(sql, [paused.tenantId])).rows;
        return {
          orders: await rows('select * from repair_orders where tenant_id = $1 order by id'),
          lines: await rows('select * from repair_order_lines where tenant_id = $1 order by id'),
          versions: await rows('select * from estimate_versions where tenant_id = $1 order by id'),
          approvals: await rows('select * from estimate_approvals where tenant_id = $1 order by id'),
          audit: await rows('select * from audit_events where tenant_id = $1 order by id'),
        };
      });
    await setStatus('suspended');
    const before = await rowsOf();
    const decision = { decision: 'approve', signatureName: 'Jan Kowalski', hash: sent.hash };
    for (const response of [await viewEstimate(api, token), await decideEstimate(api, token, decision)]) {
      expect({ status: response.status, type: (response.body as unknown as Json).type }).toEqual({
        status: 403,
        type: 'https://pitlane.dev/problems/workshop-not-accepting-requests',
      });
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.text).toMatch(/not taking requests/);
      expect(response.text).not.toContain(sent.hash);
    }
    expect(await rowsOf()).toEqual(before);

    // Back in business: the same link works again.
    await setStatus('active');
    expect((await viewEstimate(api, token)).status).toBe(200);
    expect((await decideEstimate(api, token, decision)).status).toBe(200);
  });
});
