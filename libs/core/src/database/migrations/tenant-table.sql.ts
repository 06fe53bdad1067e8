/**
 * SQL fragments every migration uses for tenant tables, so no table can be added with a
 * weaker policy than the rest. The policy text is the one ARCHITECTURE.md fixes.
 */
export const CURRENT_TENANT = `nullif(current_setting('app.tenant_id', true), '')::uuid`;

/** ENABLE + FORCE row-level security and the tenant policy on `table`'s `column`. */
export function tenantIsolation(table: string, column = 'tenant_id'): string[] {
  return [
    `alter table ${table} enable row level security`,
    `alter table ${table} force row level security`,
    `create policy tenant_isolation on ${table} using (${column} = ${CURRENT_TENANT}) with check (${column} = ${CURRENT_TENANT})`,
  ];
}

/**
 * Lets the table owner read every row, so SECURITY DEFINER functions (owned by it) can answer
 * the few cross-tenant questions. The application role never becomes the owner.
 */
export function ownerReadPolicy(table: string): string {
  return `do $$ begin execute format('create policy owner_read on ${table} for select to %I using (true)', current_user); end $$`;
}

/** Grants the application role (named by the `pitlane.app_role` setting) `privileges` on `table`. */
export function grantToApp(table: string, privileges: string): string {
  return `do $$ begin execute format('grant ${privileges} on ${table} to %I', current_setting('pitlane.app_role')); end $$`;
}

/** Lets only the application role call `signature`. */
export function grantExecuteToApp(signature: string): string[] {
  return [
    `revoke all on function ${signature} from public`,
    `do $$ begin execute format('grant execute on function ${signature} to %I', current_setting('pitlane.app_role')); end $$`,
  ];
}
