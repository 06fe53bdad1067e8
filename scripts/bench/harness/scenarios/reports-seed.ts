// A workshop's year of repair orders, invoices and time entries in bulk SQL as the table owner
// (a superuser: RLS does not apply; the report rollups' trigger writes under the workshop's
// context), one transaction per workshop; and the row counts the report states.
import type { Client, QueryResultRow } from 'pg';
import type { Query, WorkshopPlan } from './reports-seed-data';
import { seedDocuments } from './reports-seed-documents';
import { seedOrders } from './reports-seed-orders';

export interface ReportCounts {
  readonly orders: number;
  readonly lines: number;
  readonly invoices: number;
  readonly creditNotes: number;
  readonly invoiceLines: number;
  readonly timeEntries: number;
  readonly clients: number;
  readonly allOrders: number;
  readonly allInvoiceLines: number;
}

export async function seedWorkshop(admin: Client, plan: Omit<WorkshopPlan, 'currency'>): Promise<void> {
  const q: Query = <R extends QueryResultRow>(sql: string, params: unknown[] = []) =>
    admin.query<R>(sql, params).catch((error: Error) => {
      throw new Error(`${error.message} in: ${sql.trim().split('\n')[0]}`);
    });
  await q('begin');
  try {
    await q(`set local synchronous_commit = off`);
    await q(`select set_config('app.tenant_id', $1, true)`, [plan.tenantId]);
    const { rows } = await q<{ currency: string }>('select currency from tenants where id = $1', [plan.tenantId]);
    const full = { ...plan, currency: rows[0]!.currency };
    await seedOrders(q, full);
    await seedDocuments(q, full);
    await q('commit');
  } catch (error) {
    await admin.query('rollback').catch(() => undefined);
    throw error;
  }
}

export async function tableCounts(admin: Client, tenantId: string): Promise<ReportCounts> {
  const count = async (sql: string) => Number((await admin.query<{ n: string }>(sql, [tenantId])).rows[0]!.n);
  const all = async (table: string) =>
    Number((await admin.query<{ n: string }>(`select count(*) as n from ${table}`)).rows[0]!.n);
  const ofTenant = (table: string, where = '') => `select count(*) as n from ${table} where tenant_id = $1${where}`;
  return {
    orders: await count(ofTenant('repair_orders')),
    lines: await count(ofTenant('repair_order_lines')),
    invoices: await count(ofTenant('invoices', ` and kind = 'invoice'`)),
    creditNotes: await count(ofTenant('invoices', ` and kind = 'credit_note'`)),
    invoiceLines: await count(ofTenant('invoice_lines')),
    timeEntries: await count(ofTenant('time_entries')),
    clients: await count(ofTenant('clients')),
    allOrders: await all('repair_orders'),
    allInvoiceLines: await all('invoice_lines'),
  };
}
