import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The SECURITY DEFINER functions and the cross-tenant `owner_read` policies move from the owner
 * (the migration role, which logs in) to the NOLOGIN definer role that `pitlane.definer_role`
 * names, so owning the tables never implies reading across workshops. Every definer function
 * pins `search_path` with `pg_temp` last.
 *
 * The bodies stay as they are: read one by one, the tenant-scoped ones already name the tenant
 * (`search_documents_find`/`_explain` filter `d.tenant_id = tenant`, taken from the setting;
 * `report_rollups_add_lines` joins and writes by the inserted lines' `tenant_id`, and 1795385000000
 * binds it to the setting too; the definer has no cross-tenant policy on its tables, so their
 * row-level security still holds it); the others answer cross-tenant questions by design (ids, a
 * slug's workshop, due sweeps).
 *
 * The definer gets exactly what the bodies read and write. Every step loops over the catalog, so
 * no function or policy made by an earlier migration is left behind.
 */
export class DefinerRole1795380000000 implements MigrationInterface {
  name = 'DefinerRole1795380000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`do $$
      declare
        definer name := nullif(current_setting('pitlane.definer_role', true), '');
        target regclass;
        fn regprocedure;
      begin
        if definer is null then
          raise exception 'pitlane.definer_role is not set: migrate with migrateDatabase (npm run migrate)';
        end if;
        if not exists (select 1 from pg_roles where rolname = definer and not rolcanlogin and not rolsuper and not rolbypassrls)
           or not pg_has_role(current_user, definer, 'MEMBER') then
          raise exception 'role % must exist, be NOLOGIN NOSUPERUSER NOBYPASSRLS, and have the migration role as a member', definer;
        end if;

        for target in
          select p.polrelid::regclass from pg_policy p join pg_class c on c.oid = p.polrelid
           where p.polname = 'owner_read' and c.relnamespace = 'public'::regnamespace
        loop
          execute format('drop policy owner_read on %s', target);
          execute format('create policy owner_read on %s for select to %I using (true)', target, definer);
          execute format('grant select on %s to %I', target, definer);
        end loop;

        -- report_rollups_add_lines: reads the issued invoice and its lines, adds to the rollups.
        execute format('grant select on invoices, invoice_lines to %I', definer);
        execute format('grant select, insert, update on report_revenue_days, report_line_days, report_mechanic_days to %I',
                       definer);

        for fn in
          select p.oid::regprocedure from pg_proc p where p.prosecdef and p.pronamespace = 'public'::regnamespace
        loop
          execute format('alter function %s set search_path = pg_catalog, public, pg_temp', fn);
          execute format('alter function %s owner to %I', fn, definer);
        end loop;
      end $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`do $$
      declare
        definer name := current_setting('pitlane.definer_role');
        target regclass;
        fn regprocedure;
      begin
        for fn in
          select p.oid::regprocedure from pg_proc p
           where p.prosecdef and p.pronamespace = 'public'::regnamespace and p.proowner = definer::regrole
        loop
          execute format('alter function %s owner to %I', fn, current_user);
        end loop;
        for target in
          select p.polrelid::regclass from pg_policy p join pg_class c on c.oid = p.polrelid
           where p.polname = 'owner_read' and c.relnamespace = 'public'::regnamespace
        loop
          execute format('drop policy owner_read on %s', target);
          execute format('create policy owner_read on %s for select to %I using (true)', target, current_user);
        end loop;
        execute format('revoke all on all tables in schema public from %I', definer);
      end $$`);
  }
}
