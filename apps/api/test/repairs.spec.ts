import { BusinessMetrics } from '@pitlane/observability';
import { apiTransitions, REPAIR_ORDER_STATUSES } from '@pitlane/repairs';
import { TestApi, withAdminClient, withAppClient, Workshop } from '../../../test/support/test-api';
import {
  addCar,
  addLine,
  addPart,
  Car,
  expectStatus,
  forceStatus,
  Json,
  onHand,
  openOrder,
  Order,
  Part,
  receive,
} from './repairs-fixtures';
import { addService, iso, schedulingWorkshop, weekdayAt } from './scheduling-fixtures';

interface Movement {
  readonly kind: string;
  readonly quantity: number;
  readonly balanceAfter: number;
  readonly repairOrderId: string | null;
  readonly reason: string | null;
}

const PROBLEM_JSON = /^application\/problem\+json/;

describe('repairs: orders, lines, workflow and inventory', () => {
  let api: TestApi;
  let owner: Workshop;
  let manager: Workshop;
  let mechanic: Workshop;
  let car: Car;

  beforeAll(async () => {
    api = await TestApi.start();
    owner = await api.signupWorkshop('Repairs Garage');
    manager = await api.addStaff(owner, 'manager');
    mechanic = await api.addStaff(owner, 'mechanic');
    car = await addCar(api, owner);
  });

  afterAll(() => api.close());

  const auditActions = (orderId: string) =>
    withAdminClient(async (client) => {
      const result = await client.query<{ action: string }>(
        'select action from audit_events where tenant_id = $1 and entity_id = $2 order by occurred_at, id',
        [owner.tenantId, orderId],
      );
      return result.rows.map((row) => row.action);
    });

  const movementsOf = async (partId: string) => {
    const response = await api.request<{ items: Movement[] }>('GET', `/api/v1/parts/${partId}/movements?limit=100`, {
      token: owner.accessToken,
    });
    expectStatus(response, 200);
    return response.body.items;
  };

  describe('orders', () => {
    it("opens as a draft for the workshop's vehicle, its owner as client, in the workshop's currency", async () => {
      const order = await openOrder(api, owner, car, { notes: 'Customer waits' });
      const currency = await withAdminClient(
        async (client) =>
          (await client.query<{ currency: string }>('select currency from tenants where id = $1', [owner.tenantId]))
            .rows[0]!.currency,
      );
      expect(order).toMatchObject({
        status: 'draft',
        vehicleId: car.vehicleId,
        clientId: car.clientId,
        appointmentId: null,
        currency,
        lines: [],
        totals: { netMinor: 0, vatMinor: 0, grossMinor: 0, vat: [] },
        allowedTransitions: ['estimate_sent', 'approved', 'cancelled'],
      });
      expect(await auditActions(order.id)).toEqual(['repair_order.created']);
    });

    it('answers 404 for a vehicle, client or appointment that is not the workshop’s', async () => {
      const missing = '00000000-0000-4000-8000-000000000000';
      for (const body of [
        { vehicleId: missing },
        { vehicleId: car.vehicleId, clientId: missing },
        { vehicleId: car.vehicleId, appointmentId: missing },
      ]) {
        const response = await api.request('POST', '/api/v1/repair-orders', { token: owner.accessToken, body });
        expect({ body, status: response.status }).toEqual({ body, status: 404 });
        expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
      }
    });

    it('keeps the appointment the car came in for', async () => {
      const shop = await schedulingWorkshop(api);
      const shopCar = await addCar(api, shop);
      const service = await addService(api, shop);
      const appointment = await api.request<{ id: string }>('POST', '/api/v1/appointments', {
        token: shop.accessToken,
        body: {
          clientId: shopCar.clientId,
          vehicleId: shopCar.vehicleId,
          serviceIds: [service.id],
          startsAt: iso(weekdayAt(10, 5)),
        },
      });
      expectStatus(appointment, 201);
      const order = await openOrder(api, shop, shopCar, { appointmentId: appointment.body.id });
      expect(order.appointmentId).toBe(appointment.body.id);
    });

    it('lists with filters by status, vehicle and client, paginated and sorted by allowed fields', async () => {
      const otherCar = await addCar(api, owner);
      const first = await openOrder(api, owner, otherCar);
      const second = await openOrder(api, owner, otherCar);
      await api.request('POST', `/api/v1/repair-orders/${second.id}/transitions`, {
        token: owner.accessToken,
        body: { to: 'cancelled' },
      });
      const byVehicle = await api.request<{ items: Order[]; total: number; page: number; limit: number }>(
        'GET',
        `/api/v1/repair-orders?vehicleId=${otherCar.vehicleId}&sort=createdAt&limit=1`,
        { token: mechanic.accessToken },
      );
      expect(byVehicle.status).toBe(200);
      expect(byVehicle.body).toMatchObject({ total: 2, page: 1, limit: 1 });
      expect(byVehicle.body.items.map((o) => o.id)).toEqual([first.id]);
      const cancelled = await api.request<{ items: Order[] }>(
        'GET',
        `/api/v1/repair-orders?clientId=${otherCar.clientId}&status=cancelled`,
        { token: owner.accessToken },
      );
      expect(cancelled.body.items.map((o) => o.id)).toEqual([second.id]);
      const badSort = await api.request('GET', '/api/v1/repair-orders?sort=complaint', { token: owner.accessToken });
      expect(badSort.status).toBe(400);
    });

    it("merging a client into another moves the merged client's orders to the one that stays, audited", async () => {
      const merged = await addCar(api, owner);
      const stays = await addCar(api, owner);
      const first = await openOrder(api, owner, merged);
      const second = await openOrder(api, owner, merged);
      const untouched = await openOrder(api, owner, stays);
      const response = await api.request('POST', `/api/v1/clients/${merged.clientId}/merge`, {
        token: owner.accessToken,
        body: { intoClientId: stays.clientId },
      });
      expectStatus(response, 200);
      for (const order of [first, second, untouched]) {
        const after = await api.request<Order>('GET', `/api/v1/repair-orders/${order.id}`, {
          token: owner.accessToken,
        });
        expect({ id: order.id, clientId: after.body.clientId }).toEqual({ id: order.id, clientId: stays.clientId });
      }
      for (const order of [first, second]) {
        expect(await auditActions(order.id)).toEqual(['repair_order.created', 'repair_order.updated']);
      }
      expect(await auditActions(untouched.id)).toEqual(['repair_order.created']);
      const listed = await api.request<{ items: { id: string }[] }>(
        'GET',
        `/api/v1/repair-orders?clientId=${stays.clientId}&limit=100`,
        { token: owner.accessToken },
      );
      expect(listed.body.items.map((order) => order.id).sort()).toEqual([first.id, second.id, untouched.id].sort());
    });

    it('patches the header, null clears, and refuses once the order is closed', async () => {
      const order = await openOrder(api, owner, car);
      const patched = await api.request<Order & { mileageIn: number | null; notes: string | null }>(
        'PATCH',
        `/api/v1/repair-orders/${order.id}`,
        { token: manager.accessToken, body: { mileageIn: 130_500, notes: null } },
      );
      expect(patched.status).toBe(200);
      expect(patched.body).toMatchObject({ mileageIn: 130_500, notes: null });
      await forceStatus(owner, order.id, 'cancelled');
      const frozen = await api.request('PATCH', `/api/v1/repair-orders/${order.id}`, {
        token: owner.accessToken,
        body: { complaint: 'too late' },
      });
      expect(frozen.status).toBe(409);
      expect(frozen.body).toMatchObject({ type: 'https://pitlane.dev/problems/repair-order-not-editable' });
    });
  });

  describe('money', () => {
    it('totals of a fixture order equal the hand-computed table (docs/repairs.md)', async () => {
      const part = await addPart(api, owner, { priceMinor: 3_999, vatRateBp: 2300 });
      await receive(api, owner, part.id, 5);
      const order = await openOrder(api, owner, car);
      await addLine(api, owner, order.id, {
        kind: 'labour',
        description: 'Replace pads',
        quantity: 1.5,
        unitPriceMinor: 12_000,
        vatRateBp: 2300,
      });
      await addLine(api, owner, order.id, { kind: 'part', partId: part.id, quantity: 2 });
      const result = await addLine(api, owner, order.id, {
        kind: 'fee',
        description: 'Disposal',
        quantity: 1,
        unitPriceMinor: 1_500,
        vatRateBp: 800,
      });
      expect(result.lines.map((line) => [line.kind, line.quantity, line.unitPriceMinor, line.netMinor])).toEqual([
        ['labour', 1.5, 12_000, 18_000],
        ['part', 2, 3_999, 7_998],
        ['fee', 1, 1_500, 1_500],
      ]);
      expect(result.totals).toEqual({
        netMinor: 27_498,
        vatMinor: 6_100,
        grossMinor: 33_598,
        vat: [
          { vatRateBp: 800, netMinor: 1_500, vatMinor: 120 },
          { vatRateBp: 2300, netMinor: 25_998, vatMinor: 5_980 },
        ],
      });
    });

    it('rounds line nets half up and VAT once per rate', async () => {
      const order = await openOrder(api, owner, car);
      for (const body of [
        { kind: 'labour', description: 'Diagnosis', quantity: 0.33, unitPriceMinor: 10_001, vatRateBp: 2300 },
        { kind: 'part', description: 'Bulb (ad hoc)', quantity: 3, unitPriceMinor: 333, vatRateBp: 2300 },
      ]) {
        await addLine(api, owner, order.id, body);
      }
      const fetched = await api.request<Order>('GET', `/api/v1/repair-orders/${order.id}`, {
        token: mechanic.accessToken,
      });
      expect(fetched.body.lines.map((line) => line.netMinor)).toEqual([3_300, 999]);
      expect(fetched.body.totals).toMatchObject({ netMinor: 4_299, vatMinor: 989, grossMinor: 5_288 });
    });
  });

  describe('workflow', () => {
    it('refuses every transition the table does not allow with 409 naming the allowed ones', async () => {
      const order = await openOrder(api, owner, car);
      for (const from of REPAIR_ORDER_STATUSES) {
        const allowed = apiTransitions(from);
        for (const to of REPAIR_ORDER_STATUSES.filter((status) => !allowed.includes(status))) {
          await forceStatus(owner, order.id, from);
          const response = await api.request<{ allowed: string[]; type: string }>(
            'POST',
            `/api/v1/repair-orders/${order.id}/transitions`,
            { token: owner.accessToken, body: { to } },
          );
          expect({ from, to, status: response.status, allowed: response.body.allowed }).toEqual({
            from,
            to,
            status: 409,
            allowed,
          });
          expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
          expect(response.body.type).toBe('https://pitlane.dev/problems/invalid-status-transition');
          const after = await api.request<Order>('GET', `/api/v1/repair-orders/${order.id}`, {
            token: owner.accessToken,
          });
          expect(after.body.status).toBe(from);
        }
      }
      expect((await auditActions(order.id)).filter((action) => action.startsWith('repair_order_status.'))).toEqual([]);
    });

    it('makes every allowed transition and records each in the audit trail', async () => {
      const order = await openOrder(api, owner, car);
      const made: string[] = [];
      for (const from of REPAIR_ORDER_STATUSES) {
        for (const to of apiTransitions(from)) {
          await forceStatus(owner, order.id, from);
          const response = await api.request<Order>('POST', `/api/v1/repair-orders/${order.id}/transitions`, {
            token: owner.accessToken,
            body: { to },
          });
          expect({ from, to, status: response.status }).toEqual({ from, to, status: 200 });
          expect(response.body.status).toBe(to);
          expect(response.body.allowedTransitions).toEqual(apiTransitions(to));
          made.push(`repair_order_status.${to}`);
        }
      }
      expect((await auditActions(order.id)).filter((action) => action.startsWith('repair_order_status.'))).toEqual(
        made,
      );
    });

    it('counts orders opened, and closed (completed, declined, cancelled), for the business dashboards', async () => {
      const metrics = api.app.get(BusinessMetrics);
      const value = async (counter: BusinessMetrics['repairOrdersOpened']) =>
        (await counter.get()).values.reduce((sum, sample) => sum + sample.value, 0);
      const opened = await value(metrics.repairOrdersOpened);
      const closed = await value(metrics.repairOrdersClosed);
      const order = await openOrder(api, owner, car);
      const refused = await api.request('POST', '/api/v1/repair-orders', {
        token: owner.accessToken,
        body: { vehicleId: '00000000-0000-4000-8000-000000000000' },
      });
      expect(refused.status).toBe(404);
      await api.request('POST', `/api/v1/repair-orders/${order.id}/transitions`, {
        token: owner.accessToken,
        body: { to: 'approved' },
      });
      await api.request('POST', `/api/v1/repair-orders/${order.id}/transitions`, {
        token: owner.accessToken,
        body: { to: 'cancelled' },
      });
      expect(await value(metrics.repairOrdersOpened)).toBe(opened + 1);
      expect(await value(metrics.repairOrdersClosed)).toBe(closed + 1);
    });

    it('never reaches invoiced or paid through the API: only the invoice service will', async () => {
      const order = await openOrder(api, owner, car);
      await forceStatus(owner, order.id, 'completed');
      const response = await api.request<{ allowed: string[]; detail: string }>(
        'POST',
        `/api/v1/repair-orders/${order.id}/transitions`,
        { token: owner.accessToken, body: { to: 'invoiced' } },
      );
      expect(response.status).toBe(409);
      expect(response.body.allowed).toEqual([]);
      expect(response.body.detail).toMatch(/invoice/);
    });

    it('freezes lines outside draft, in_progress and waiting_parts', async () => {
      const order = await openOrder(api, owner, car);
      const withLine = await addLine(api, owner, order.id, {
        kind: 'fee',
        description: 'Inspection',
        quantity: 1,
        unitPriceMinor: 5_000,
        vatRateBp: 2300,
      });
      const lineId = withLine.lines[0]!.id;
      for (const status of REPAIR_ORDER_STATUSES) {
        await forceStatus(owner, order.id, status);
        const editable = ['draft', 'in_progress', 'waiting_parts'].includes(status);
        const add = await api.request('POST', `/api/v1/repair-orders/${order.id}/lines`, {
          token: owner.accessToken,
          body: { kind: 'fee', description: 'More', quantity: 1, unitPriceMinor: 1, vatRateBp: 0 },
        });
        const patch = await api.request('PATCH', `/api/v1/repair-orders/${order.id}/lines/${lineId}`, {
          token: owner.accessToken,
          body: { unitPriceMinor: 5_100 },
        });
        expect({ status, add: add.status, patch: patch.status }).toEqual({
          status,
          add: editable ? 201 : 409,
          patch: editable ? 200 : 409,
        });
        if (!editable) expect(add.body).toMatchObject({ editableIn: ['draft', 'in_progress', 'waiting_parts'] });
      }
    });

    it('gives inventory parts back to stock when the order is declined or cancelled', async () => {
      const part = await addPart(api, owner);
      await receive(api, owner, part.id, 6);
      for (const [via, to] of [
        ['estimate_sent', 'declined'],
        ['draft', 'cancelled'],
      ] as const) {
        const order = await openOrder(api, owner, car);
        await addLine(api, owner, order.id, { kind: 'part', partId: part.id, quantity: 3 });
        expect(await onHand(api, owner, part.id)).toBe(3);
        if (via !== 'draft') await forceStatus(owner, order.id, via);
        const response = await api.request('POST', `/api/v1/repair-orders/${order.id}/transitions`, {
          token: owner.accessToken,
          body: { to },
        });
        expect(response.status).toBe(200);
        expect(await onHand(api, owner, part.id)).toBe(6);
      }
      const kinds = (await movementsOf(part.id)).map((m) => `${m.kind} ${m.quantity} -> ${m.balanceAfter}`);
      expect(kinds.reverse()).toEqual([
        'receive 6 -> 6',
        'use -3 -> 3',
        'return 3 -> 6',
        'use -3 -> 3',
        'return 3 -> 6',
      ]);
    });
  });

  describe('inventory', () => {
    it('a part line from inventory uses stock, a quantity change moves the difference, removal returns it', async () => {
      const part = await addPart(api, owner, { priceMinor: 2_500, vatRateBp: 800, name: 'Oil filter' });
      await receive(api, owner, part.id, 10);
      const order = await openOrder(api, owner, car);
      const added = await addLine(api, owner, order.id, { kind: 'part', partId: part.id, quantity: 4 });
      const line = added.lines[0]!;
      expect(line).toMatchObject({ partId: part.id, quantity: 4, unitPriceMinor: 2_500, vatRateBp: 800 });
      expect(added.lines[0]).toMatchObject({ netMinor: 10_000 });
      expect(await onHand(api, owner, part.id)).toBe(6);

      const more = await api.request('PATCH', `/api/v1/repair-orders/${order.id}/lines/${line.id}`, {
        token: mechanic.accessToken,
        body: { quantity: 7 },
      });
      expect(more.status).toBe(200);
      expect(await onHand(api, owner, part.id)).toBe(3);
      const tooMany = await api.request<{ onHand: number; requested: number }>(
        'PATCH',
        `/api/v1/repair-orders/${order.id}/lines/${line.id}`,
        { token: mechanic.accessToken, body: { quantity: 11 } },
      );
      expect(tooMany.status).toBe(409);
      expect(tooMany.body).toMatchObject({ type: 'https://pitlane.dev/problems/insufficient-stock', onHand: 3 });
      const fewer = await api.request('PATCH', `/api/v1/repair-orders/${order.id}/lines/${line.id}`, {
        token: mechanic.accessToken,
        body: { quantity: 5 },
      });
      expect(fewer.status).toBe(200);
      expect(await onHand(api, owner, part.id)).toBe(5);

      const removed = await api.request('DELETE', `/api/v1/repair-orders/${order.id}/lines/${line.id}`, {
        token: mechanic.accessToken,
      });
      expect(removed.status).toBe(204);
      expect(await onHand(api, owner, part.id)).toBe(10);
      const ledger = (await movementsOf(part.id)).reverse();
      expect(ledger.map((m) => [m.kind, m.quantity, m.balanceAfter])).toEqual([
        ['receive', 10, 10],
        ['use', -4, 6],
        ['use', -3, 3],
        ['return', 2, 5],
        ['return', 5, 10],
      ]);
      expect(ledger.slice(1).every((m) => m.repairOrderId === order.id)).toBe(true);
    });

    it('refuses to use more than is in stock and leaves order and stock unchanged', async () => {
      const part = await addPart(api, owner);
      await receive(api, owner, part.id, 2);
      const order = await openOrder(api, owner, car);
      const response = await api.request('POST', `/api/v1/repair-orders/${order.id}/lines`, {
        token: owner.accessToken,
        body: { kind: 'part', partId: part.id, quantity: 3 },
      });
      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({ onHand: 2, requested: 3 });
      expect(await onHand(api, owner, part.id)).toBe(2);
      const fetched = await api.request<Order>('GET', `/api/v1/repair-orders/${order.id}`, {
        token: owner.accessToken,
      });
      expect(fetched.body.lines).toEqual([]);
    });

    it('adjusts with a mandatory reason and never below zero', async () => {
      const part = await addPart(api, owner);
      await receive(api, owner, part.id, 4);
      const noReason = await api.request('POST', `/api/v1/parts/${part.id}/movements`, {
        token: owner.accessToken,
        body: { kind: 'adjust', quantity: -1 },
      });
      expect(noReason.status).toBe(400);
      const below = await api.request('POST', `/api/v1/parts/${part.id}/movements`, {
        token: owner.accessToken,
        body: { kind: 'adjust', quantity: -5, reason: 'count' },
      });
      expect(below.status).toBe(409);
      const counted = await api.request<Movement>('POST', `/api/v1/parts/${part.id}/movements`, {
        token: manager.accessToken,
        body: { kind: 'adjust', quantity: -1, reason: 'Stock count: one broken' },
      });
      expect(counted.status).toBe(201);
      expect(counted.body).toMatchObject({
        kind: 'adjust',
        quantity: -1,
        balanceAfter: 3,
        reason: 'Stock count: one broken',
      });
      expect(await onHand(api, owner, part.id)).toBe(3);
    });

    it('keeps the part number unique per workshop, ignoring case, spaces and dashes', async () => {
      await addPart(api, owner, { partNumber: 'OC-90 X' });
      const duplicate = await api.request('POST', '/api/v1/parts', {
        token: owner.accessToken,
        body: { partNumber: 'oc90x', name: 'Oil filter', costMinor: 1, priceMinor: 2, vatRateBp: 2300 },
      });
      expect(duplicate.status).toBe(409);
      expect(duplicate.body).toMatchObject({ type: 'https://pitlane.dev/problems/duplicate-part-number' });
      const elsewhere = await api.signupWorkshop('Other Parts Garage');
      await addPart(api, elsewhere, { partNumber: 'OC-90 X' });
    });

    it('lists low stock (at or below the reorder point, active only), worst first', async () => {
      const shop = await api.signupWorkshop('Low Stock Garage');
      const empty = await addPart(api, shop, { partNumber: 'EMPTY', reorderPoint: 1 });
      const atPoint = await addPart(api, shop, { partNumber: 'AT', reorderPoint: 3 });
      const plenty = await addPart(api, shop, { partNumber: 'PLENTY', reorderPoint: 1 });
      const inactive = await addPart(api, shop, { partNumber: 'OLD', reorderPoint: 5, active: false });
      await receive(api, shop, atPoint.id, 3);
      await receive(api, shop, plenty.id, 9);
      const low = await api.request<{ items: Part[]; total: number }>('GET', '/api/v1/parts/low-stock', {
        token: shop.accessToken,
      });
      expect(low.status).toBe(200);
      expect(low.body.items.map((p) => [p.partNumber, p.onHand])).toEqual([
        ['EMPTY', 0],
        ['AT', 3],
      ]);
      expect(low.body.total).toBe(2);
      expect(low.body.items.map((p) => p.id)).not.toContain(inactive.id);
      expect(low.body.items.map((p) => p.id)).not.toContain(plenty.id);
      expect(empty.onHand).toBe(0);
    });

    it('lists, searches, patches and deletes parts; a part with a history is deactivated instead', async () => {
      const shop = await api.signupWorkshop('Catalogue Garage');
      const pads = await addPart(api, shop, { partNumber: 'BP-100', name: 'Brake pads front' });
      const disc = await addPart(api, shop, { partNumber: 'BD-200', name: 'Brake disc' });
      const search = await api.request<{ items: Part[] }>('GET', '/api/v1/parts?q=pads', { token: shop.accessToken });
      expect(search.body.items.map((p) => p.id)).toEqual([pads.id]);
      const byNumber = await api.request<{ items: Part[] }>('GET', '/api/v1/parts?q=bd2&sort=-name', {
        token: shop.accessToken,
      });
      expect(byNumber.body.items.map((p) => p.id)).toEqual([disc.id]);
      const patched = await api.request<Part & { name: string; brand: string | null }>(
        'PATCH',
        `/api/v1/parts/${pads.id}`,
        { token: shop.accessToken, body: { name: 'Brake pads (front axle)', brand: null } },
      );
      expect(patched.body).toMatchObject({ name: 'Brake pads (front axle)', brand: null });
      const nulled = await api.request('PATCH', `/api/v1/parts/${pads.id}`, {
        token: shop.accessToken,
        body: { name: null },
      });
      expect(nulled.status).toBe(400);
      await receive(api, shop, pads.id, 1);
      const refused = await api.request('DELETE', `/api/v1/parts/${pads.id}`, { token: shop.accessToken });
      expect(refused.status).toBe(409);
      const deleted = await api.request('DELETE', `/api/v1/parts/${disc.id}`, { token: shop.accessToken });
      expect(deleted.status).toBe(204);
      expect((await api.request('GET', `/api/v1/parts/${disc.id}`, { token: shop.accessToken })).status).toBe(404);
    });

    it('lets the application role only insert and read movements; nobody rewrites the ledger', async () => {
      const part = await addPart(api, owner);
      await receive(api, owner, part.id, 1);
      for (const statement of ['update stock_movements set quantity = 100', 'delete from stock_movements']) {
        const error = await withAppClient(async (client) => {
          await client.query('begin');
          await client.query(`select set_config('app.tenant_id', $1, true)`, [owner.tenantId]);
          return client.query(statement).then(
            () => null,
            (failure: { code?: string }) => failure.code,
          );
        });
        expect({ statement, error }).toEqual({ statement, error: '42501' });
      }
      const ownerTry = await withAdminClient((client) =>
        client.query('update stock_movements set quantity = 100 where part_id = $1', [part.id]).then(
          () => null,
          (failure: { message?: string }) => failure.message,
        ),
      );
      expect(ownerTry).toMatch(/append-only/);
      const negative = await withAppClient(async (client) => {
        await client.query('begin');
        await client.query(`select set_config('app.tenant_id', $1, true)`, [owner.tenantId]);
        return client.query('update part_stock set on_hand = -1 where part_id = $1', [part.id]).then(
          () => null,
          (failure: { code?: string }) => failure.code,
        );
      });
      expect(negative).toBe('23514');
      expect(await onHand(api, owner, part.id)).toBe(1);
    });
  });

  describe('roles', () => {
    /** The rule table of docs/repairs.md, as [role, method, path, expected status]. */
    it('mechanics read, edit lines and move work along; owners and managers do the rest', async () => {
      const part = await addPart(api, owner);
      await receive(api, owner, part.id, 5);
      const order = await openOrder(api, owner, car);
      const forbidden = async (who: Workshop, method: string, url: string, body?: Json) =>
        (await api.request(method, url, { token: who.accessToken, body })).status;

      // Mechanic: reads everything.
      for (const url of [
        '/api/v1/repair-orders',
        `/api/v1/repair-orders/${order.id}`,
        '/api/v1/parts',
        `/api/v1/parts/${part.id}`,
        `/api/v1/parts/${part.id}/movements`,
        '/api/v1/parts/low-stock',
      ]) {
        expect({ url, status: await forbidden(mechanic, 'GET', url) }).toEqual({ url, status: 200 });
      }
      // Mechanic: may not open orders, change headers, manage parts or move stock by hand.
      const denied: [string, string, Json | undefined][] = [
        ['POST', '/api/v1/repair-orders', { vehicleId: car.vehicleId }],
        ['PATCH', `/api/v1/repair-orders/${order.id}`, { notes: 'x' }],
        ['POST', '/api/v1/parts', { partNumber: 'M-1', name: 'x', costMinor: 1, priceMinor: 1, vatRateBp: 0 }],
        ['PATCH', `/api/v1/parts/${part.id}`, { name: 'x' }],
        ['DELETE', `/api/v1/parts/${part.id}`, undefined],
        ['POST', `/api/v1/parts/${part.id}/movements`, { kind: 'receive', quantity: 1 }],
        ['POST', `/api/v1/parts/${part.id}/movements`, { kind: 'adjust', quantity: 1, reason: 'found one' }],
      ];
      for (const [method, url, body] of denied) {
        expect({ method, url, status: await forbidden(mechanic, method, url, body) }).toEqual({
          method,
          url,
          status: 403,
        });
      }
      // Mechanic: edits lines.
      const withLine = await api.request<Order>('POST', `/api/v1/repair-orders/${order.id}/lines`, {
        token: mechanic.accessToken,
        body: { kind: 'part', partId: part.id, quantity: 1 },
      });
      expect(withLine.status).toBe(201);
      // Mechanic: may not send, approve or cancel; may start, pause and complete work.
      for (const to of ['estimate_sent', 'approved', 'cancelled']) {
        const response = await api.request('POST', `/api/v1/repair-orders/${order.id}/transitions`, {
          token: mechanic.accessToken,
          body: { to },
        });
        expect({ to, status: response.status }).toEqual({ to, status: 403 });
        expect(response.body).toMatchObject({ type: 'https://pitlane.dev/problems/role-forbidden', allowed: [] });
      }
      // The owner approves the work (a staff approval of the line the mechanic added), so the
      // completion below is not refused for unapproved work.
      const approved = await api.request('POST', `/api/v1/repair-orders/${order.id}/transitions`, {
        token: owner.accessToken,
        body: { to: 'approved' },
      });
      expect(approved.status).toBe(200);
      for (const to of ['in_progress', 'waiting_parts', 'in_progress', 'completed']) {
        const response = await api.request('POST', `/api/v1/repair-orders/${order.id}/transitions`, {
          token: mechanic.accessToken,
          body: { to },
        });
        expect({ to, status: response.status }).toEqual({ to, status: 200 });
      }
      // Manager: everything an owner does.
      const managed = await openOrder(api, manager, car);
      for (const to of ['estimate_sent', 'approved', 'cancelled']) {
        await forceStatus(
          owner,
          managed.id,
          to === 'estimate_sent' ? 'draft' : to === 'approved' ? 'estimate_sent' : 'approved',
        );
        const response = await api.request('POST', `/api/v1/repair-orders/${managed.id}/transitions`, {
          token: manager.accessToken,
          body: { to },
        });
        expect({ to, status: response.status }).toEqual({ to, status: 200 });
      }
      const managerPart = await api.request('POST', `/api/v1/parts/${part.id}/movements`, {
        token: manager.accessToken,
        body: { kind: 'adjust', quantity: 1, reason: 'found one' },
      });
      expect(managerPart.status).toBe(201);
    });
  });

  it('the OpenAPI document describes every repairs route', async () => {
    const docs = await api.request<{ paths: Record<string, Record<string, unknown>> }>('GET', '/api/docs-json');
    const routes = Object.entries(docs.body.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(routes).toEqual(
      expect.arrayContaining([
        'GET /api/v1/repair-orders',
        'POST /api/v1/repair-orders',
        'GET /api/v1/repair-orders/{id}',
        'PATCH /api/v1/repair-orders/{id}',
        'POST /api/v1/repair-orders/{id}/transitions',
        'POST /api/v1/repair-orders/{id}/lines',
        'PATCH /api/v1/repair-orders/{id}/lines/{lineId}',
        'DELETE /api/v1/repair-orders/{id}/lines/{lineId}',
        'GET /api/v1/parts',
        'POST /api/v1/parts',
        'GET /api/v1/parts/low-stock',
        'GET /api/v1/parts/{id}',
        'PATCH /api/v1/parts/{id}',
        'DELETE /api/v1/parts/{id}',
        'GET /api/v1/parts/{id}/movements',
        'POST /api/v1/parts/{id}/movements',
      ]),
    );
  });

  describe('validation', () => {
    it('answers 400 problem+json for unknown fields and broken values', async () => {
      const part = await addPart(api, owner);
      await receive(api, owner, part.id, 5);
      const order = await openOrder(api, owner, car);
      const cases: [string, string, Json][] = [
        ['POST', '/api/v1/repair-orders', { vehicleId: car.vehicleId, tenantId: owner.tenantId }],
        ['POST', '/api/v1/repair-orders', { vehicleId: 'not-a-uuid' }],
        ['POST', '/api/v1/repair-orders', { vehicleId: car.vehicleId, mileageIn: -1 }],
        ['PATCH', `/api/v1/repair-orders/${order.id}`, { status: 'paid' }],
        ['POST', `/api/v1/repair-orders/${order.id}/transitions`, { to: 'teleported' }],
        ['POST', `/api/v1/repair-orders/${order.id}/transitions`, { to: 'approved', force: true }],
        ['POST', `/api/v1/repair-orders/${order.id}/lines`, { kind: 'labour', quantity: 1, unitPriceMinor: 1 }],
        [
          'POST',
          `/api/v1/repair-orders/${order.id}/lines`,
          { kind: 'labour', description: 'x', quantity: 1.005, unitPriceMinor: 1, vatRateBp: 0 },
        ],
        [
          'POST',
          `/api/v1/repair-orders/${order.id}/lines`,
          { kind: 'labour', description: 'x', quantity: 1, unitPriceMinor: 1, vatRateBp: 10_001 },
        ],
        ['POST', `/api/v1/repair-orders/${order.id}/lines`, { kind: 'labour', partId: part.id, quantity: 1 }],
        ['POST', `/api/v1/repair-orders/${order.id}/lines`, { kind: 'part', partId: part.id, quantity: 1.5 }],
        [
          'POST',
          `/api/v1/repair-orders/${order.id}/lines`,
          { kind: 'part', partId: part.id, quantity: 1, netMinor: 1 },
        ],
        ['POST', `/api/v1/repair-orders/${order.id}/lines`, { kind: 'discount', description: 'x', quantity: 1 }],
        ['POST', '/api/v1/parts', { partNumber: 'X', name: 'x', costMinor: 1, priceMinor: 1, vatRateBp: 0, onHand: 5 }],
        ['POST', '/api/v1/parts', { partNumber: ' - ', name: 'x', costMinor: 1, priceMinor: 1, vatRateBp: 0 }],
        ['POST', '/api/v1/parts', { partNumber: 'X2', name: 'x', costMinor: 1.5, priceMinor: 1, vatRateBp: 0 }],
        ['PATCH', `/api/v1/parts/${part.id}`, { onHand: 100 }],
        ['POST', `/api/v1/parts/${part.id}/movements`, { kind: 'use', quantity: 1 }],
        ['POST', `/api/v1/parts/${part.id}/movements`, { kind: 'receive', quantity: 0 }],
        ['POST', `/api/v1/parts/${part.id}/movements`, { kind: 'receive', quantity: 1, balanceAfter: 99 }],
        ['POST', `/api/v1/parts/${part.id}/movements`, { kind: 'adjust', quantity: 1, reason: '   ' }],
      ];
      for (const [method, url, body] of cases) {
        const response = await api.request(method, url, { token: owner.accessToken, body });
        expect({ method, url, body, status: response.status }).toEqual({ method, url, body, status: 400 });
        expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
      }
      for (const url of [
        '/api/v1/repair-orders?status=lost',
        '/api/v1/repair-orders?vehicleId=nope',
        '/api/v1/repair-orders?limit=101',
        '/api/v1/repair-orders?tenantId=x',
        '/api/v1/parts?sort=costMinor',
        '/api/v1/parts/low-stock?sort=name',
        '/api/v1/repair-orders/not-a-uuid',
      ]) {
        const response = await api.request('GET', url, { token: owner.accessToken });
        expect({ url, status: response.status }).toEqual({ url, status: 400 });
      }
      expect(await onHand(api, owner, part.id)).toBe(5);
    });

    it('answers 400 naming the field, never 500, for null optional fields and odd numbers, and changes nothing', async () => {
      const part = await addPart(api, owner);
      await receive(api, owner, part.id, 5);
      const order = await addLine(api, owner, (await openOrder(api, owner, car)).id, {
        kind: 'part',
        partId: part.id,
        quantity: 1,
      });
      const line = order.lines[0]!;
      const fee = { kind: 'fee', description: 'Fee', quantity: 1, unitPriceMinor: 100, vatRateBp: 0 };
      const linesUrl = `/api/v1/repair-orders/${order.id}/lines`;
      const cases: [string, string, Json, string][] = [
        ['POST', linesUrl, { kind: 'part', partId: null, quantity: 1 }, 'partId'],
        ['POST', linesUrl, { ...fee, partId: null }, 'partId'],
        ['POST', linesUrl, { ...fee, kind: 'labour', mechanicUserId: null }, 'mechanicUserId'],
        ['POST', linesUrl, { ...fee, description: null }, 'description'],
        ['POST', linesUrl, { ...fee, unitPriceMinor: null }, 'unitPriceMinor'],
        ['POST', linesUrl, { ...fee, vatRateBp: null }, 'vatRateBp'],
        ['POST', linesUrl, { ...fee, quantity: null }, 'quantity'],
        ['POST', linesUrl, { ...fee, quantity: 1e-7 }, 'quantity'],
        ['POST', linesUrl, { ...fee, quantity: 2.5e-5 }, 'quantity'],
        ['POST', linesUrl, { ...fee, quantity: -1e-323 }, 'quantity'],
        ['POST', linesUrl, { ...fee, quantity: 0.1 + 0.2 }, 'quantity'],
        ['POST', linesUrl, { ...fee, quantity: 1e21 }, 'quantity'],
        ['POST', linesUrl, { ...fee, unitPriceMinor: 1e-7 }, 'unitPriceMinor'],
        ['POST', linesUrl, { ...fee, unitPriceMinor: -1e-323 }, 'unitPriceMinor'],
        ['POST', linesUrl, { ...fee, unitPriceMinor: 1e16 }, 'unitPriceMinor'],
        ['POST', linesUrl, { ...fee, vatRateBp: 1.5 }, 'vatRateBp'],
        ['PATCH', `${linesUrl}/${line.id}`, { quantity: 1e-7 }, 'quantity'],
        ['PATCH', `${linesUrl}/${line.id}`, { quantity: -1e-323 }, 'quantity'],
        ['PATCH', `${linesUrl}/${line.id}`, { quantity: null }, 'quantity'],
        ['PATCH', `${linesUrl}/${line.id}`, { unitPriceMinor: 2.5e-5 }, 'unitPriceMinor'],
        ['PATCH', `${linesUrl}/${line.id}`, { description: null }, 'description'],
        ['POST', '/api/v1/repair-orders', { vehicleId: car.vehicleId, clientId: null }, 'clientId'],
        ['POST', '/api/v1/repair-orders', { vehicleId: car.vehicleId, appointmentId: null }, 'appointmentId'],
        ['POST', '/api/v1/repair-orders', { vehicleId: car.vehicleId, mileageIn: 1e-7 }, 'mileageIn'],
        [
          'POST',
          '/api/v1/parts',
          { partNumber: 'ODD-1', name: 'x', costMinor: 1e-7, priceMinor: 1, vatRateBp: 0 },
          'costMinor',
        ],
        [
          'POST',
          '/api/v1/parts',
          { partNumber: 'ODD-2', name: 'x', costMinor: 1, priceMinor: -1e-323, vatRateBp: 0 },
          'priceMinor',
        ],
        ['PATCH', `/api/v1/parts/${part.id}`, { priceMinor: null }, 'priceMinor'],
        ['PATCH', `/api/v1/parts/${part.id}`, { reorderPoint: 2.5e-5 }, 'reorderPoint'],
        ['POST', `/api/v1/parts/${part.id}/movements`, { kind: 'receive', quantity: 1e-7 }, 'quantity'],
        ['POST', `/api/v1/parts/${part.id}/movements`, { kind: 'adjust', quantity: -1e-323, reason: 'x' }, 'quantity'],
        [
          'POST',
          `/api/v1/parts/${part.id}/movements`,
          { kind: 'receive', quantity: 1, unitCostMinor: 1e-7 },
          'unitCostMinor',
        ],
      ];
      for (const [method, url, body, field] of cases) {
        const response = await api.request<{ errors?: { field: string }[] }>(method, url, {
          token: owner.accessToken,
          body,
        });
        const fields = (response.body.errors ?? []).map((problem) => problem.field);
        expect({ method, url, body, status: response.status, names: fields.includes(field) }).toEqual({
          method,
          url,
          body,
          status: 400,
          names: true,
        });
        expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
      }
      const after = await api.request<Order>('GET', `/api/v1/repair-orders/${order.id}`, { token: owner.accessToken });
      expect(after.body.lines).toEqual(order.lines);
      expect(await onHand(api, owner, part.id)).toBe(4);
    });
  });
});
