import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the owner/manager reports (docs/repairs-reports.md), chosen from their plans at
 * 50 000 orders (scripts/bench/repair-reports.js). The reports read a range of one workshop's
 * invoices by issue instant and every line of those invoices; covering indexes let both be
 * index-only scans, so a year of invoices is read without touching the tables' heaps (nor
 * other workshops' pages). Time entries are read by start instant for the clocked hours.
 */
export class RepairReports1795350000000 implements MigrationInterface {
  name = 'RepairReports1795350000000';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      `create index invoices_report_idx on invoices (tenant_id, issued_at)
        include (kind, repair_order_id, vehicle_id, client_id, net_minor, vat_minor, gross_minor)`,
      `create index invoice_lines_report_idx on invoice_lines (tenant_id, invoice_id)
        include (kind, vat_rate_bp, net_minor, quantity_hundredths, mechanic_user_id)`,
      `create index time_entries_report_idx on time_entries (tenant_id, started_at) include (user_id, stopped_at)`,
    ];
    for (const statement of statements) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('drop index if exists time_entries_report_idx, invoice_lines_report_idx, invoices_report_idx');
  }
}
