import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The vehicle page lists the car's invoices (`GET /invoices?vehicleId=`), newest first. Invoices
 * by order and by client had an index from the start; by vehicle each page read every invoice of
 * the workshop. Tenant first, like every index of a tenant table.
 */
export class InvoicesVehicleIndex1795451000000 implements MigrationInterface {
  name = 'InvoicesVehicleIndex1795451000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('create index invoices_vehicle_idx on invoices (tenant_id, vehicle_id, issued_at desc)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('drop index invoices_vehicle_idx');
  }
}
