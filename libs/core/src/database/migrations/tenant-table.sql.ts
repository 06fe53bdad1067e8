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

/** The NOLOGIN role that owns definer functions, as the `pitlane.definer_role` setting names it. */
const DEFINER_ROLE = `current_setting('pitlane.definer_role')`;

/**
 * What every SECURITY DEFINER function states after `security definer`: a fixed search path with
 * `pg_temp` last, so no object a caller creates can stand in for one the body names.
 */
export const DEFINER_SEARCH_PATH = 'set search_path = pg_catalog, public, pg_temp';

/**
 * Lets the definer role (NOLOGIN; owns the SECURITY DEFINER functions) read every row of `table`,
 * so those functions can answer the few cross-tenant questions. Owning a table grants nothing
 * across workshops: the policy names the definer, never a role anyone logs in as.
 */
export function ownerReadPolicy(table: string): string[] {
  return [
    `do $$ begin execute format('create policy owner_read on ${table} for select to %I using (true)', ${DEFINER_ROLE}); end $$`,
    `do $$ begin execute format('grant select on ${table} to %I', ${DEFINER_ROLE}); end $$`,
  ];
}

/**
 * The policy as migrations before 1795380000000 made it: for the table owner (`current_user`).
 * Kept for them alone, so they still do what they did; 1795380000000 moves it to the definer.
 * @deprecated kept only for the migrations that have landed with it: never use it in a new
 * migration (use `ownerReadPolicy`).
 */
export function ownerReadPolicyForOwner(table: string): string {
  return `do $$ begin execute format('create policy owner_read on ${table} for select to %I using (true)', current_user); end $$`;
}

/**
 * Hands the SECURITY DEFINER function `signature` to the definer role, with the pinned search path
 * (the definer must also be granted whatever the body reads or writes). Use after each
 * `create function ... security definer`.
 */
export function ownedByDefiner(signature: string): string[] {
  return [
    `alter function ${signature} ${DEFINER_SEARCH_PATH}`,
    `do $$ begin execute format('alter function ${signature} owner to %I', ${DEFINER_ROLE}); end $$`,
  ];
}

/** Grants the definer role `privileges` on `table`, for a definer function's body. */
export function grantToDefiner(table: string, privileges: string): string {
  return `do $$ begin execute format('grant ${privileges} on ${table} to %I', ${DEFINER_ROLE}); end $$`;
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
