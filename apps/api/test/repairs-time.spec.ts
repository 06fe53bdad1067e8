import { Client } from 'pg';
import { TestApi, TestResponse, withAdminClient, withAppClient, Workshop } from '../../../test/support/test-api';
import { addCar, addLine, Car, expectStatus, forceStatus, Json, openOrder, Order } from './repairs-fixtures';

/**
 * Mechanics on repair orders and their time clocks: assignments, clocks on labour lines of
 * orders in progress, one running clock per person (enforced by Postgres itself), clocks stopped
 * when an order leaves in_progress, managers' corrections, and actual against estimated hours
 * checked against a hand-computed table (docs/repairs-time.md).
 */

const PROBLEM = 'https://pitlane.dev/problems/';

interface Entry {
  readonly id: string;
  readonly orderId: string;
  readonly lineId: string;
  readonly userId: string;
  readonly startedAt: string;
  readonly stoppedAt: string | null;
  readonly running: boolean;
  readonly stoppedBy: string | null;
  readonly hours: number;
}

interface OrderWithMechanics extends Order {
  readonly mechanics: { userId: string; name: string }[];
  readonly lines: (Order['lines'][number] & { mechanicUserId: string | null })[];
}

describe('repairs: mechanics on orders and time clocks', () => {
  let api: TestApi;
  let owner: Workshop;
  let manager: Workshop;
  let mechanic: Workshop;
  let second: Workshop;
  let stranger: Workshop;
  let car: Car;

  beforeAll(async () => {
    api = await TestApi.start();
    owner = await api.signupWorkshop('Time Garage');
    manager = await api.addStaff(owner, 'manager');
    mechanic = await api.addStaff(owner, 'mechanic');
    second = await api.addStaff(owner, 'mechanic');
    stranger = await api.signupWorkshop('Other Garage');
    car = await addCar(api, owner);
  });

  afterAll(() => api.close());

  const call = <T = Json>(who: Workshop, method: string, url: string, body?: unknown) =>
    api.request<T>(method, `/api/v1${url}`, { token: who.accessToken, ...(body !== undefined ? { body } : {}) });

  const move = async (orderId: string, to: string) =>
    expectStatus(await call(owner, 'POST', `/repair-orders/${orderId}/transitions`, { to }), 200);

  const assign = async (orderId: string, ...people: Workshop[]) => {
    for (const person of people) {
      expectStatus(await call(owner, 'PUT', `/repair-orders/${orderId}/mechanics/${person.userId}`), 200);
    }
  };

  const labour = (description: string, quantity: number, extra: Json = {}) => ({
    kind: 'labour',
    description,
    quantity,
    unitPriceMinor: 12_000,
    vatRateBp: 2300,
    ...extra,
  });

  /** An order with labour lines (and a fee) in `status`, with `people` assigned. */
  async function orderWith(status: 'draft' | 'approved' | 'in_progress', people: Workshop[], hours = [1.5, 2]) {
    const order = await openOrder(api, owner, car);
    await assign(order.id, ...people);
    for (const [index, quantity] of hours.entries())
      await addLine(api, owner, order.id, labour(`Job ${index}`, quantity));
    const withFee = (await addLine(api, owner, order.id, {
      kind: 'fee',
      description: 'Disposal',
      quantity: 1,
      unitPriceMinor: 500,
      vatRateBp: 2300,
    })) as OrderWithMechanics;
    if (status !== 'draft') await move(order.id, 'approved');
    if (status === 'in_progress') await move(order.id, 'in_progress');
    const labourIds = withFee.lines.filter((line) => line.kind === 'labour').map((line) => line.id);
    const feeId = withFee.lines.find((line) => line.kind === 'fee')!.id;
    return { id: order.id, labourIds, feeId };
  }

  const start = (who: Workshop, orderId: string, lineId: string) =>
    call<{ running: Entry; stopped: Entry | null }>(
      who,
      'POST',
      `/repair-orders/${orderId}/lines/${lineId}/clock/start`,
    );
  const stop = (who: Workshop, orderId: string, lineId: string) =>
    call<Entry>(who, 'POST', `/repair-orders/${orderId}/lines/${lineId}/clock/stop`);
  const myClock = async (who: Workshop) => {
    const response = await call<{ running: Entry | null }>(who, 'GET', '/me/clock');
    expectStatus(response, 200);
    return response.body.running;
  };
  const entriesOf = async (orderId: string) => {
    const response = await call<{ items: Entry[]; total: number }>(
      owner,
      'GET',
      `/repair-orders/${orderId}/time-entries?limit=100`,
    );
    expectStatus(response, 200);
    return response.body.items;
  };
  const expectProblem = (response: TestResponse<unknown>, status: number, type: string) => {
    expectStatus(response, status);
    expect(response.body).toMatchObject({ type: `${PROBLEM}${type}` });
  };
  const auditOf = (entityId: string) =>
    withAdminClient(async (client) => {
      const result = await client.query<{ action: string }>(
        'select action from audit_events where tenant_id = $1 and entity_id = $2 order by occurred_at, id',
        [owner.tenantId, entityId],
      );
      return result.rows.map((row) => row.action);
    });

  describe('mechanics on an order', () => {
    it('owners and managers assign staff, listed by name on the order; assigning twice changes nothing', async () => {
      const order = await openOrder(api, owner, car);
      const first = await call<OrderWithMechanics>(
        owner,
        'PUT',
        `/repair-orders/${order.id}/mechanics/${mechanic.userId}`,
      );
      expectStatus(first, 200);
      const again = await call<OrderWithMechanics>(
        manager,
        'PUT',
        `/repair-orders/${order.id}/mechanics/${mechanic.userId}`,
      );
      expectStatus(again, 200);
      await call(manager, 'PUT', `/repair-orders/${order.id}/mechanics/${second.userId}`);
      const read = await call<OrderWithMechanics>(mechanic, 'GET', `/repair-orders/${order.id}`);
      expect(read.body.mechanics.map((m) => m.userId)).toEqual([mechanic.userId, second.userId]);
      expect(read.body.mechanics.every((m) => typeof m.name === 'string' && m.name.length > 0)).toBe(true);
      const listed = await call<{ items: OrderWithMechanics[] }>(owner, 'GET', `/repair-orders?limit=100`);
      expect(listed.body.items.find((o) => o.id === order.id)?.mechanics).toHaveLength(2);
      expect((await auditOf(order.id)).filter((a) => a === 'repair_order.mechanic_assigned')).toHaveLength(2);
    });

    it('a mechanic may not assign; another workshop\u2019s user or an unknown id is 404', async () => {
      const order = await openOrder(api, owner, car);
      expectStatus(await call(mechanic, 'PUT', `/repair-orders/${order.id}/mechanics/${mechanic.userId}`), 403);
      expectProblem(
        await call(owner, 'PUT', `/repair-orders/${order.id}/mechanics/${stranger.userId}`),
        404,
        'mechanic-not-found',
      );
      expectProblem(
        await call(owner, 'PUT', `/repair-orders/${order.id}/mechanics/00000000-0000-4000-8000-000000000000`),
        404,
        'mechanic-not-found',
      );
      expectProblem(
        await call(owner, 'DELETE', `/repair-orders/${order.id}/mechanics/${mechanic.userId}`),
        404,
        'mechanic-not-found',
      );
    });

    it('a labour line names its mechanic, who must be assigned; other kinds of line cannot', async () => {
      const order = await openOrder(api, owner, car);
      expectProblem(
        await call(
          owner,
          'POST',
          `/repair-orders/${order.id}/lines`,
          labour('Brakes', 1, { mechanicUserId: mechanic.userId }),
        ),
        409,
        'mechanic-not-assigned',
      );
      await assign(order.id, mechanic);
      const added = await call<OrderWithMechanics>(
        owner,
        'POST',
        `/repair-orders/${order.id}/lines`,
        labour('Brakes', 1, { mechanicUserId: mechanic.userId }),
      );
      expectStatus(added, 201);
      const line = added.body.lines[0]!;
      expect(line.mechanicUserId).toBe(mechanic.userId);
      expectProblem(
        await call(owner, 'POST', `/repair-orders/${order.id}/lines`, {
          kind: 'fee',
          description: 'Fee',
          quantity: 1,
          unitPriceMinor: 1,
          vatRateBp: 0,
          mechanicUserId: mechanic.userId,
        }),
        400,
        'invalid-repairs-request',
      );
      expectProblem(
        await call(owner, 'PATCH', `/repair-orders/${order.id}/lines/${line.id}`, { mechanicUserId: second.userId }),
        409,
        'mechanic-not-assigned',
      );
      const cleared = await call<OrderWithMechanics>(owner, 'PATCH', `/repair-orders/${order.id}/lines/${line.id}`, {
        mechanicUserId: null,
      });
      expectStatus(cleared, 200);
      expect(cleared.body.lines[0]!.mechanicUserId).toBeNull();
    });

    it('a mechanic who answers for a line or clocked time stays assigned (409); otherwise unassigning works', async () => {
      const order = await orderWith('in_progress', [mechanic, second]);
      await call(owner, 'PATCH', `/repair-orders/${order.id}/lines/${order.labourIds[0]}`, {
        mechanicUserId: second.userId,
      });
      expectProblem(
        await call(owner, 'DELETE', `/repair-orders/${order.id}/mechanics/${second.userId}`),
        409,
        'mechanic-has-work',
      );
      expectStatus(await start(mechanic, order.id, order.labourIds[1]!), 200);
      expectStatus(await stop(mechanic, order.id, order.labourIds[1]!), 200);
      const refused = await call(owner, 'DELETE', `/repair-orders/${order.id}/mechanics/${mechanic.userId}`);
      expectProblem(refused, 409, 'mechanic-has-work');
      expect(refused.body).toMatchObject({ timeEntries: 1, lines: 0 });

      await call(owner, 'PATCH', `/repair-orders/${order.id}/lines/${order.labourIds[0]}`, { mechanicUserId: null });
      expectStatus(await call(manager, 'DELETE', `/repair-orders/${order.id}/mechanics/${second.userId}`), 204);
      const read = await call<OrderWithMechanics>(owner, 'GET', `/repair-orders/${order.id}`);
      expect(read.body.mechanics.map((m) => m.userId)).toEqual([mechanic.userId]);
    });
    it('removing someone from the workshop ends their assignments, line duties and running clock, and keeps their time', async () => {
      const leaver = await api.addStaff(owner, 'mechanic');
      const order = await orderWith('in_progress', [leaver]);
      await call(owner, 'PATCH', `/repair-orders/${order.id}/lines/${order.labourIds[0]}`, {
        mechanicUserId: leaver.userId,
      });
      expectStatus(await start(leaver, order.id, order.labourIds[0]!), 200);
      expectStatus(await stop(leaver, order.id, order.labourIds[0]!), 200);
      expectStatus(await start(leaver, order.id, order.labourIds[1]!), 200);
      expectStatus(await call(owner, 'DELETE', `/staff/${leaver.userId}`), 204);
      const read = await call<OrderWithMechanics>(owner, 'GET', `/repair-orders/${order.id}`);
      expect(read.body.mechanics).toEqual([]);
      expect(read.body.lines[0]!.mechanicUserId).toBeNull();
      // Both entries stay; the clock left running stopped when its person left.
      expect((await entriesOf(order.id)).map((entry) => [entry.userId, entry.running, entry.stoppedBy])).toEqual([
        [leaver.userId, false, 'mechanic'],
        [leaver.userId, false, 'left'],
      ]);
      const report = await call<{ mechanics: { userId: string; assigned: boolean }[] }>(
        owner,
        'GET',
        `/repair-orders/${order.id}/time`,
      );
      expect(report.body.mechanics).toEqual([expect.objectContaining({ userId: leaver.userId, assigned: false })]);
    });
  });

  describe('clocks', () => {
    it('starting work on an approved order moves it to in_progress (audited) and the clock runs', async () => {
      const order = await orderWith('approved', [mechanic]);
      const started = await start(mechanic, order.id, order.labourIds[0]!);
      expectStatus(started, 200);
      expect(started.body).toMatchObject({
        running: {
          orderId: order.id,
          lineId: order.labourIds[0],
          userId: mechanic.userId,
          running: true,
          stoppedAt: null,
        },
        stopped: null,
      });
      const read = await call<Order>(owner, 'GET', `/repair-orders/${order.id}`);
      expect(read.body.status).toBe('in_progress');
      expect(await auditOf(order.id)).toContain('repair_order_status.in_progress');
      expect(await auditOf(started.body.running.id)).toEqual(['time_entry.started']);
      expect((await myClock(mechanic))?.id).toBe(started.body.running.id);
      expectStatus(await stop(mechanic, order.id, order.labourIds[0]!), 200);
    });

    it('starting another line stops the running clock at the same instant, and says so; the same line is a no-op', async () => {
      const order = await orderWith('in_progress', [mechanic]);
      const first = await start(mechanic, order.id, order.labourIds[0]!);
      const same = await start(mechanic, order.id, order.labourIds[0]!);
      expect(same.body).toEqual({ running: expect.objectContaining({ id: first.body.running.id }), stopped: null });
      const other = await orderWith('in_progress', [mechanic]);
      const switched = await start(mechanic, other.id, other.labourIds[1]!);
      expectStatus(switched, 200);
      expect(switched.body.stopped).toMatchObject({ id: first.body.running.id, running: false, stoppedBy: 'switch' });
      expect(switched.body.stopped!.stoppedAt).toBe(switched.body.running.startedAt);
      expect((await myClock(mechanic))?.id).toBe(switched.body.running.id);

      const stopped = await stop(mechanic, other.id, other.labourIds[1]!);
      expectStatus(stopped, 200);
      expect(stopped.body).toMatchObject({ running: false, stoppedBy: 'mechanic' });
      expect(Date.parse(stopped.body.stoppedAt!)).toBeGreaterThanOrEqual(Date.parse(stopped.body.startedAt));
      expectProblem(await stop(mechanic, other.id, other.labourIds[1]!), 409, 'clock-not-running');
      expect(await myClock(mechanic)).toBeNull();
    });

    it('refuses a clock on a fee line, on an order not in progress, and for someone not assigned', async () => {
      const order = await orderWith('in_progress', [mechanic]);
      const fee = await start(mechanic, order.id, order.feeId);
      expectProblem(fee, 409, 'clock-refused');
      expect(fee.body).toMatchObject({ lineKind: 'fee' });
      expectProblem(await start(second, order.id, order.labourIds[0]!), 409, 'mechanic-not-assigned');
      expectProblem(await start(owner, order.id, order.labourIds[0]!), 409, 'mechanic-not-assigned');

      const draft = await orderWith('draft', [mechanic]);
      const refused = await start(mechanic, draft.id, draft.labourIds[0]!);
      expectProblem(refused, 409, 'clock-refused');
      expect(refused.body).toMatchObject({ orderStatus: 'draft' });
      await withAdminClient((client) =>
        client.query(`update repair_order_lines set approval = 'declined' where tenant_id = $1 and id = $2`, [
          owner.tenantId,
          order.labourIds[1],
        ]),
      );
      const declined = await start(mechanic, order.id, order.labourIds[1]!);
      expectProblem(declined, 409, 'clock-refused');
      expect(declined.body).toMatchObject({ lineApproval: 'declined' });
      await move(order.id, 'waiting_parts');
      expectProblem(await start(mechanic, order.id, order.labourIds[0]!), 409, 'clock-refused');
      expect(await entriesOf(order.id)).toEqual([]);
      expect(await entriesOf(draft.id)).toEqual([]);
    });

    it('an owner assigned to the order clocks like a mechanic', async () => {
      const order = await orderWith('in_progress', [owner]);
      expectStatus(await start(owner, order.id, order.labourIds[0]!), 200);
      expectStatus(await stop(owner, order.id, order.labourIds[0]!), 200);
    });

    it.each(['waiting_parts', 'completed'])(
      'an order leaving in_progress for %s stops every clock on it, in the moving transaction',
      async (to) => {
        const order = await orderWith('in_progress', [mechanic, second]);
        await start(mechanic, order.id, order.labourIds[0]!);
        await start(second, order.id, order.labourIds[1]!);
        await move(order.id, to);
        const entries = await entriesOf(order.id);
        expect(entries).toHaveLength(2);
        expect(entries.map((e) => [e.running, e.stoppedBy])).toEqual([
          [false, 'status'],
          [false, 'status'],
        ]);
        expect(entries[0]!.stoppedAt).toBe(entries[1]!.stoppedAt);
        expect(await myClock(mechanic)).toBeNull();
        expect(await myClock(second)).toBeNull();
        for (const entry of entries)
          expect(await auditOf(entry.id)).toEqual(['time_entry.started', 'time_entry.stopped']);
      },
    );

    it('concurrent starts by one mechanic over four lines leave exactly one running clock and no overlap', async () => {
      const one = await orderWith('in_progress', [mechanic]);
      const two = await orderWith('in_progress', [mechanic]);
      const targets = [...one.labourIds.map((l) => [one.id, l]), ...two.labourIds.map((l) => [two.id, l])];
      const responses = await Promise.all(
        Array.from({ length: 24 }, (_, i) => start(mechanic, targets[i % 4]![0]!, targets[i % 4]![1]!)),
      );
      expect(responses.map((r) => r.status)).toEqual(responses.map(() => 200));
      const entries = (await entriesOf(one.id)).concat(await entriesOf(two.id));
      entries.sort((x, y) => x.startedAt.localeCompare(y.startedAt));
      expect(entries.filter((e) => e.running)).toHaveLength(1);
      expect(entries[entries.length - 1]!.running).toBe(true);
      // Back to back: each switch stopped the previous clock exactly where the next began.
      for (let i = 1; i < entries.length; i++) expect(entries[i - 1]!.stoppedAt).toBe(entries[i]!.startedAt);
      const running = entries.find((e) => e.running)!;
      expectStatus(await stop(mechanic, running.orderId, running.lineId), 200);
    });
  });

  describe('the database keeps the clock honest, with the service bypassed', () => {
    /** Runs `sql` as the application role inside workshop A's tenant context; answers the SQLSTATE. */
    async function asApp(sql: string, params: unknown[]): Promise<string | null> {
      return withAppClient(async (client: Client) => {
        await client.query('begin');
        await client.query(`select set_config('app.tenant_id', $1, true)`, [owner.tenantId]);
        try {
          await client.query(sql, params);
          await client.query('commit');
          return null;
        } catch (error) {
          await client.query('rollback');
          return (
            (error as { code?: string; constraint?: string }).code + ' ' + (error as { constraint?: string }).constraint
          );
        }
      });
    }
    const insert = `insert into time_entries (tenant_id, id, order_id, line_id, user_id, started_at, stopped_at)
      values ($1, gen_random_uuid(), $2, $3, $4, $5, $6)`;

    it('refuses a second running clock, overlaps, a stop before the start, foreign lines, fee lines and unassigned users', async () => {
      // Someone new: fixed past timestamps must not meet anyone's clocks of today.
      const fixed = await api.addStaff(owner, 'mechanic');
      const order = await orderWith('in_progress', [fixed]);
      const other = await orderWith('in_progress', [fixed]);
      const [l1, l2] = order.labourIds as [string, string];
      const t = owner.tenantId;
      expect(await asApp(insert, [t, order.id, l1, fixed.userId, '2026-01-05T08:00:00Z', null])).toBeNull();
      // Two running entries always overlap (both reach to infinity): whichever of the partial
      // unique index and the exclusion constraint Postgres checks first refuses the second.
      expect(await asApp(insert, [t, order.id, l2, fixed.userId, '2026-01-05T09:00:00Z', null])).toMatch(
        /^(23505 time_entries_one_running|23P01 time_entries_no_overlap)$/,
      );
      expect(await asApp(insert, [t, order.id, l2, fixed.userId, '2026-01-04T09:00:00Z', null])).toMatch(
        /^(23505 time_entries_one_running|23P01 time_entries_no_overlap)$/,
      );
      expect(await asApp(insert, [t, order.id, l2, fixed.userId, '2026-01-05T09:00:00Z', '2026-01-05T09:30:00Z'])).toBe(
        '23P01 time_entries_no_overlap',
      );
      expect(await asApp(insert, [t, order.id, l2, fixed.userId, '2026-01-04T09:00:00Z', '2026-01-04T09:00:00Z'])).toBe(
        '23514 time_entries_stop_after_start',
      );
      expect(
        await asApp(insert, [
          t,
          order.id,
          other.labourIds[0],
          fixed.userId,
          '2026-01-03T09:00:00Z',
          '2026-01-03T10:00:00Z',
        ]),
      ).toBe('23514 time_entries_labour_line'); // the trigger looks for the line in the entry's own order
      // The foreign key (tenant, order, line) keeps a clocked line from disappearing under its time.
      expect(await asApp('delete from repair_order_lines where id = $1', [l1])).toBe('23503 time_entries_line_fk');
      expect(
        await asApp(insert, [t, order.id, order.feeId, fixed.userId, '2026-01-03T09:00:00Z', '2026-01-03T10:00:00Z']),
      ).toBe('23514 time_entries_labour_line');
      expect(
        await asApp(insert, [t, order.id, l2, second.userId, '2026-01-03T09:00:00Z', '2026-01-03T10:00:00Z']),
      ).toBe('23514 time_entries_assigned_mechanic');
      expect(await asApp('update time_entries set stopped_at = started_at where order_id = $1', [order.id])).toBe(
        '23514 time_entries_stop_after_start',
      );
      // Back to back is not an overlap ([start, stop) ranges).
      expect(
        await asApp(insert, [t, order.id, l2, fixed.userId, '2026-01-05T07:00:00Z', '2026-01-05T08:00:00Z']),
      ).toBeNull();
      await asApp('delete from time_entries where order_id = $1', [order.id]);
    });
  });

  describe('corrections by owners and managers', () => {
    it('a manager corrects start and stop with a reason (kept with before and after); a mechanic cannot', async () => {
      const fixed = await api.addStaff(owner, 'mechanic');
      const order = await orderWith('in_progress', [fixed]);
      const started = await start(fixed, order.id, order.labourIds[0]!);
      const id = started.body.running.id;
      const url = `/repair-orders/${order.id}/time-entries/${id}`;
      const fix = { startedAt: '2026-01-05T08:00:00Z', stoppedAt: '2026-01-05T09:45:00Z', reason: 'Forgot to stop' };
      expectStatus(await call(fixed, 'PATCH', url, fix), 403);
      expectStatus(await call(fixed, 'DELETE', url, { reason: 'mine' }), 403);
      expectProblem(await call(manager, 'PATCH', url, { stoppedAt: fix.stoppedAt }), 400, 'validation-failed');
      expectProblem(await call(manager, 'PATCH', url, { reason: 'nothing' }), 400, 'invalid-repairs-request');
      expectProblem(
        await call(manager, 'PATCH', url, { stoppedAt: '2099-01-01T00:00:00Z', reason: 'ahead' }),
        400,
        'invalid-repairs-request',
      );
      expectProblem(
        await call(manager, 'PATCH', url, {
          startedAt: '2026-01-05T10:00:00Z',
          stoppedAt: '2026-01-05T09:00:00Z',
          reason: 'x',
        }),
        400,
        'invalid-repairs-request',
      );
      const corrected = await call<Entry>(manager, 'PATCH', url, fix);
      expectStatus(corrected, 200);
      expect(corrected.body).toMatchObject({
        startedAt: '2026-01-05T08:00:00.000Z',
        stoppedAt: '2026-01-05T09:45:00.000Z',
        running: false,
        stoppedBy: 'correction',
        hours: 1.75,
      });
      expect(await myClock(fixed)).toBeNull();

      // A second entry of the same mechanic cannot be moved over the first.
      const next = await start(fixed, order.id, order.labourIds[1]!);
      await stop(fixed, order.id, order.labourIds[1]!);
      expectProblem(
        await call(manager, 'PATCH', `/repair-orders/${order.id}/time-entries/${next.body.running.id}`, {
          startedAt: '2026-01-05T09:00:00Z',
          reason: 'overlap',
        }),
        409,
        'time-entry-overlap',
      );

      const log = await withAdminClient(
        async (client) =>
          (
            await client.query<Json>(
              `select kind, reason, started_after, stopped_after, stopped_before, corrected_by
                 from time_entry_corrections where tenant_id = $1 and entry_id = $2`,
              [owner.tenantId, id],
            )
          ).rows,
      );
      expect(log).toEqual([
        {
          kind: 'corrected',
          reason: 'Forgot to stop',
          started_after: new Date(fix.startedAt),
          stopped_after: new Date(fix.stoppedAt),
          stopped_before: null,
          corrected_by: manager.userId,
        },
      ]);
      expect(await auditOf(id)).toEqual(['time_entry.started', 'time_entry.corrected']);
    });

    it('an owner deletes an entry with a reason; the times and reason outlive it; a line with time cannot be removed', async () => {
      const order = await orderWith('in_progress', [mechanic]);
      const started = await start(mechanic, order.id, order.labourIds[0]!);
      await stop(mechanic, order.id, order.labourIds[0]!);
      expectProblem(
        await call(owner, 'DELETE', `/repair-orders/${order.id}/lines/${order.labourIds[0]}`),
        409,
        'line-has-time',
      );
      const url = `/repair-orders/${order.id}/time-entries/${started.body.running.id}`;
      expectProblem(await call(owner, 'DELETE', url, {}), 400, 'validation-failed');
      expectStatus(await call(owner, 'DELETE', url, { reason: 'Clocked on the wrong car' }), 204);
      expectProblem(await call(owner, 'DELETE', url, { reason: 'again' }), 404, 'time-entry-not-found');
      expect(await entriesOf(order.id)).toEqual([]);
      const log = await withAdminClient(
        async (client) =>
          (
            await client.query<Json>(
              'select kind, reason, started_before from time_entry_corrections where tenant_id = $1 and entry_id = $2',
              [owner.tenantId, started.body.running.id],
            )
          ).rows,
      );
      expect(log).toEqual([
        {
          kind: 'deleted',
          reason: 'Clocked on the wrong car',
          started_before: new Date(started.body.running.startedAt),
        },
      ]);
      expectStatus(await call(owner, 'DELETE', `/repair-orders/${order.id}/lines/${order.labourIds[0]}`), 204);
    });
  });

  describe('manual entries by owners and managers', () => {
    const enter = (who: Workshop, orderId: string, lineId: string, body: Json) =>
      call<Entry>(who, 'POST', `/repair-orders/${orderId}/lines/${lineId}/time-entries`, body);

    it('a manager enters forgotten time (logged as added, audited, counted in the order time and the report); a mechanic cannot', async () => {
      const forgetful = await api.addStaff(owner, 'mechanic');
      const order = await orderWith('in_progress', [forgetful]);
      const line = order.labourIds[0]!;
      const body = {
        userId: forgetful.userId,
        startedAt: '2026-02-10T10:00:00+01:00',
        stoppedAt: '2026-02-10T10:15:00Z',
        reason: 'Forgot to clock the brake job',
      };
      expectStatus(await enter(forgetful, order.id, line, body), 403);
      const added = await enter(manager, order.id, line, body);
      expectStatus(added, 201);
      expect(added.body).toMatchObject({
        orderId: order.id,
        lineId: line,
        userId: forgetful.userId,
        startedAt: '2026-02-10T09:00:00.000Z',
        stoppedAt: '2026-02-10T10:15:00.000Z',
        running: false,
        stoppedBy: 'correction',
        hours: 1.25,
      });
      const log = await withAdminClient(
        async (client) =>
          (
            await client.query<Json>(
              `select kind, reason, started_before, stopped_before, started_after, stopped_after, corrected_by
                 from time_entry_corrections where tenant_id = $1 and entry_id = $2`,
              [owner.tenantId, added.body.id],
            )
          ).rows,
      );
      expect(log).toEqual([
        {
          kind: 'added',
          reason: body.reason,
          started_before: null,
          stopped_before: null,
          started_after: new Date(body.startedAt),
          stopped_after: new Date(body.stoppedAt),
          corrected_by: manager.userId,
        },
      ]);
      expect(await auditOf(added.body.id)).toEqual(['time_entry.added']);

      // Time is often entered at the end: a completed order takes it too.
      await move(order.id, 'completed');
      const late = await enter(owner, order.id, order.labourIds[1]!, {
        ...body,
        startedAt: '2026-02-10T10:15:00Z',
        stoppedAt: '2026-02-10T10:45:00Z',
      });
      expectStatus(late, 201);
      const time = await call<{ lines: Json[]; mechanics: Json[]; totals: Json }>(
        owner,
        'GET',
        `/repair-orders/${order.id}/time`,
      );
      expectStatus(time, 200);
      expect(time.body.lines.map((entry) => entry['clockedHours'])).toEqual([1.25, 0.5]);
      expect(time.body.mechanics).toEqual([expect.objectContaining({ userId: forgetful.userId, clockedHours: 1.75 })]);
      const report = await call<{ mechanics: Json[] }>(
        owner,
        'GET',
        '/reports/mechanic-hours?from=2026-02-10&to=2026-02-10',
      );
      expectStatus(report, 200);
      expect(report.body.mechanics).toEqual(
        expect.arrayContaining([expect.objectContaining({ userId: forgetful.userId, clockedHours: 1.75 })]),
      );
    });

    it('refuses the future, a stop not after the start, an overlap, an unassigned person, a fee or declined line, and an order not being worked on', async () => {
      const worker = await api.addStaff(owner, 'mechanic');
      const order = await orderWith('in_progress', [worker]);
      const [line, other] = order.labourIds as [string, string];
      const valid = {
        userId: worker.userId,
        startedAt: '2026-02-11T08:00:00Z',
        stoppedAt: '2026-02-11T09:00:00Z',
        reason: 'Forgot',
      };
      const refused = async (lineId: string, body: Json, status: number, type: string, extra: Json = {}) => {
        const response = await enter(manager, order.id, lineId, { ...valid, ...body });
        expectProblem(response, status, type);
        expect(response.body).toMatchObject(extra);
      };
      await refused(line, { stoppedAt: '2099-01-01T00:00:00Z' }, 400, 'invalid-repairs-request');
      await refused(line, { stoppedAt: valid.startedAt }, 400, 'invalid-repairs-request');
      await refused(line, { stoppedAt: '2026-02-11T07:00:00Z' }, 400, 'invalid-repairs-request');
      await refused(line, { startedAt: '2026-02-11T08:00:00' }, 400, 'validation-failed');
      await refused(line, { reason: ' ' }, 400, 'validation-failed');
      await refused(line, { userId: second.userId }, 409, 'mechanic-not-assigned');
      await refused(order.feeId, {}, 409, 'clock-refused', { lineKind: 'fee' });

      expectStatus(await enter(manager, order.id, line, valid), 201);
      // Another line, overlapping by a minute: the database's exclusion constraint, answered as 409.
      await refused(
        other,
        { startedAt: '2026-02-11T08:59:00Z', stoppedAt: '2026-02-11T09:30:00Z' },
        409,
        'time-entry-overlap',
      );
      // A running clock reaches to infinity: nothing may be entered after its start. (Started at
      // a fixed past instant, as a clock left running since then would be.)
      await withAppClient(async (client) => {
        await client.query('begin');
        await client.query(`select set_config('app.tenant_id', $1, true)`, [owner.tenantId]);
        await client.query(
          `insert into time_entries (tenant_id, id, order_id, line_id, user_id, started_at)
           values ($1, gen_random_uuid(), $2, $3, $4, '2026-02-11T10:00:00Z')`,
          [owner.tenantId, order.id, other, worker.userId],
        );
        await client.query('commit');
      });
      await refused(
        line,
        { startedAt: '2026-02-11T11:00:00Z', stoppedAt: '2026-02-11T12:00:00Z' },
        409,
        'time-entry-overlap',
      );
      // Back to back with the entry before it is not an overlap.
      expectStatus(
        await enter(manager, order.id, other, {
          ...valid,
          startedAt: valid.stoppedAt,
          stoppedAt: '2026-02-11T09:30:00Z',
        }),
        201,
      );

      await withAdminClient((client) =>
        client.query(`update repair_order_lines set approval = 'declined' where tenant_id = $1 and id = $2`, [
          owner.tenantId,
          other,
        ]),
      );
      await refused(
        other,
        { startedAt: '2026-02-12T08:00:00Z', stoppedAt: '2026-02-12T09:00:00Z' },
        409,
        'clock-refused',
        {
          lineApproval: 'declined',
        },
      );
      const later = { startedAt: '2026-02-13T08:00:00Z', stoppedAt: '2026-02-13T09:00:00Z' };
      await forceStatus(owner, order.id, 'invoiced');
      await refused(line, later, 409, 'clock-refused', { orderStatus: 'invoiced' });
      const draft = await orderWith('draft', [worker]);
      const early = await enter(manager, draft.id, draft.labourIds[0]!, { ...valid, ...later });
      expectProblem(early, 409, 'clock-refused');
      expect(early.body).toMatchObject({ orderStatus: 'draft' });
      expect((await entriesOf(order.id)).map((entry) => entry.startedAt)).toEqual([
        '2026-02-11T08:00:00.000Z',
        '2026-02-11T09:00:00.000Z',
        '2026-02-11T10:00:00.000Z',
      ]);
      expect(await entriesOf(draft.id)).toEqual([]);
    });
  });

  describe('actual against estimated hours', () => {
    it('equals the hand-computed table of docs/repairs-time.md', async () => {
      // People of their own: the fixed timestamps must not meet anyone's clocks of other tests.
      const [first, other, third] = [
        await api.addStaff(owner, 'mechanic'),
        await api.addStaff(owner, 'mechanic'),
        await api.addStaff(owner, 'mechanic'),
      ];
      const order = await openOrder(api, owner, car);
      await assign(order.id, first, other, third);
      await addLine(api, owner, order.id, labour('Brake discs', 1.5, { mechanicUserId: first.userId }));
      await addLine(api, owner, order.id, labour('Timing belt', 2, { mechanicUserId: other.userId }));
      await addLine(api, owner, order.id, labour('Test drive', 0.75));
      await addLine(api, owner, order.id, labour('Wheel alignment', 1, { mechanicUserId: first.userId }));
      const lines = (
        await addLine(api, owner, order.id, {
          kind: 'fee',
          description: 'Fee',
          quantity: 1,
          unitPriceMinor: 1,
          vatRateBp: 0,
        })
      ).lines;
      const [l1, l2, l3, l4] = lines.map((line) => line.id);
      const entries: [Workshop, string, string, string][] = [
        [first, l1!, '2026-01-05T08:00:00Z', '2026-01-05T09:00:00Z'], // 3 600 s
        [first, l1!, '2026-01-05T09:00:00Z', '2026-01-05T09:20:00Z'], // 1 200 s
        [other, l1!, '2026-01-05T08:00:00Z', '2026-01-05T08:10:30Z'], // 630 s
        [other, l2!, '2026-01-05T08:10:30Z', '2026-01-05T10:40:30Z'], // 9 000 s
        [first, l3!, '2026-01-05T10:00:00Z', '2026-01-05T10:00:18Z'], // 18 s
        [first, l4!, '2026-01-05T10:30:00Z', '2026-01-05T10:36:00Z'], // 360 s, then the customer declined it
      ];
      await withAppClient(async (client) => {
        await client.query('begin');
        await client.query(`select set_config('app.tenant_id', $1, true)`, [owner.tenantId]);
        for (const [who, line, from, to] of entries) {
          await client.query(
            `insert into time_entries (tenant_id, id, order_id, line_id, user_id, started_at, stopped_at, stopped_by)
             values ($1, gen_random_uuid(), $2, $3, $4, $5, $6, 'mechanic')`,
            [owner.tenantId, order.id, line, who.userId, from, to],
          );
        }
        // What the approval slice records when the customer declines a line.
        await client.query(`update repair_order_lines set approval = 'declined' where id = $1`, [l4]);
        await client.query('commit');
      });
      const report = await call<Json>(first, 'GET', `/repair-orders/${order.id}/time`);
      expectStatus(report, 200);
      expect(report.body).toMatchObject({
        orderId: order.id,
        lines: [
          {
            lineId: l1,
            position: 1,
            approval: 'pending',
            mechanicUserId: first.userId,
            estimatedHours: 1.5,
            clockedHours: 1.51,
            runningClocks: 0,
          },
          {
            lineId: l2,
            position: 2,
            mechanicUserId: other.userId,
            estimatedHours: 2,
            clockedHours: 2.5,
            runningClocks: 0,
          },
          { lineId: l3, position: 3, mechanicUserId: null, estimatedHours: 0.75, clockedHours: 0.01, runningClocks: 0 },
          {
            lineId: l4,
            position: 4,
            approval: 'declined',
            mechanicUserId: first.userId,
            estimatedHours: 1,
            clockedHours: 0.1,
            runningClocks: 0,
          },
        ],
        // The declined line's hour is sold to nobody; its clocked six minutes still count.
        totals: { estimatedHours: 4.25, clockedHours: 4.11 },
      });
      const byUser = new Map(
        (report.body.mechanics as { userId: string }[]).map((m) => [m.userId, m as Record<string, unknown>]),
      );
      expect(byUser.size).toBe(3);
      expect(byUser.get(first.userId)).toMatchObject({
        assigned: true,
        soldHours: 1.5,
        clockedHours: 1.44,
        running: false,
      });
      expect(byUser.get(other.userId)).toMatchObject({
        assigned: true,
        soldHours: 2,
        clockedHours: 2.68,
        running: false,
      });
      expect(byUser.get(third.userId)).toMatchObject({ assigned: true, soldHours: 0, clockedHours: 0, running: false });
    });

    it('counts a running clock up to the instant the answer was computed', async () => {
      const fixed = await api.addStaff(owner, 'mechanic');
      const order = await orderWith('in_progress', [fixed], [1]);
      const started = await start(fixed, order.id, order.labourIds[0]!);
      const startedAt = '2026-01-05T06:00:00Z';
      await withAdminClient((client) =>
        client.query(`update time_entries set started_at = $3 where tenant_id = $1 and id = $2`, [
          owner.tenantId,
          started.body.running.id,
          startedAt,
        ]),
      );
      const report = await call<{ asOf: string; lines: { clockedHours: number; runningClocks: number }[] }>(
        owner,
        'GET',
        `/repair-orders/${order.id}/time`,
      );
      const expected = Math.round((Date.parse(report.body.asOf) - Date.parse(startedAt)) / 36_000) / 100;
      expect(report.body.lines[0]!.runningClocks).toBe(1);
      expect(Math.abs(report.body.lines[0]!.clockedHours - expected)).toBeLessThanOrEqual(0.01);
      expectStatus(await stop(fixed, order.id, order.labourIds[0]!), 200);
    });
  });

  describe('bad input is a 400 naming the field, never a 500', () => {
    const valid = {
      startedAt: '2026-02-14T08:00:00Z',
      stoppedAt: '2026-02-14T09:00:00Z',
      reason: 'Forgot',
    };
    const fieldsOf = (response: TestResponse<unknown>) =>
      ((response.body as { errors?: { field: string }[] }).errors ?? []).map((error) => error.field);

    it.each([
      ['userId', { userId: null }],
      ['startedAt', { startedAt: null }],
      ['stoppedAt', { stoppedAt: null }],
      ['reason', { reason: null }],
      ['startedAt', { startedAt: -1e-323 }],
      ['stoppedAt', { stoppedAt: 5e-324 }],
      ['reason', { reason: -1e-323 }],
    ])('a manual entry with %s = %j answers 400 naming it', async (field, bad) => {
      const worker = await api.addStaff(owner, 'mechanic');
      const order = await orderWith('in_progress', [worker], [1]);
      const response = await call(
        manager,
        'POST',
        `/repair-orders/${order.id}/lines/${order.labourIds[0]}/time-entries`,
        {
          ...valid,
          userId: worker.userId,
          ...bad,
        },
      );
      expectProblem(response, 400, 'validation-failed');
      expect(fieldsOf(response)).toContain(field);
      expect(await entriesOf(order.id)).toEqual([]);
    });

    it.each([
      ['startedAt', 'PATCH', { startedAt: null, reason: 'Lunch' }],
      ['stoppedAt', 'PATCH', { stoppedAt: null, reason: 'Lunch' }],
      ['stoppedAt', 'PATCH', { stoppedAt: -1e-323, reason: 'Lunch' }],
      ['reason', 'PATCH', { stoppedAt: '2026-02-14T09:00:00Z', reason: null }],
      ['reason', 'DELETE', { reason: null }],
      ['reason', 'DELETE', { reason: -1e-323 }],
    ])('a correction naming %s as %s %j answers 400 naming it', async (field, method, body) => {
      const order = await orderWith('in_progress', [mechanic], [1]);
      const started = await start(mechanic, order.id, order.labourIds[0]!);
      const response = await call(
        owner,
        method,
        `/repair-orders/${order.id}/time-entries/${started.body.running.id}`,
        body,
      );
      expectProblem(response, 400, 'validation-failed');
      expect(fieldsOf(response)).toContain(field);
      expect((await entriesOf(order.id)).map((entry) => entry.running)).toEqual([true]);
      expectStatus(await stop(mechanic, order.id, order.labourIds[0]!), 200);
    });
  });
});
