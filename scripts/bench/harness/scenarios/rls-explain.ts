// The Postgres side of rls-price: EXPLAIN (ANALYZE, BUFFERS) of the by-id and by-VIN lookups as
// the application role (policy applied), as the BYPASSRLS role (the statements as the services
// sent them before issue 13, by id or VIN index alone) and as the BYPASSRLS role with
// `tenant_id = $2` written out (as the services send them now): the policy's like-for-like cost.
import { type Explained, explainAsTenant, type ExplainCase } from '../explain';
import { keyringOfSeededWorkshops } from '../seeded-keyring';
import type { Stack } from '../stack';

export const EXPLAIN_RUNS = 31;

const BY_ID_SQL = `select * from vehicles "Vehicle" where (("Vehicle"."id" = $1)) limit 1`;
const BY_VIN_SQL =
  `select * from vehicles "vehicle" where "vehicle"."vin_index" = $1 ` +
  `order by "vehicle"."created_at" desc nulls last, "vehicle"."id" asc limit 20 offset 0`;
const BY_ID_EXPLICIT_SQL = BY_ID_SQL.replace(' limit 1', ' and "Vehicle"."tenant_id" = $2 limit 1');
const BY_VIN_EXPLICIT_SQL = BY_VIN_SQL.replace(' order by', ' and "vehicle"."tenant_id" = $2 order by');

export interface RolePlans {
  readonly role: string;
  readonly byId: Explained;
  readonly byVin: Explained;
}

export interface LookupPlans {
  readonly rls: RolePlans;
  readonly bypass: RolePlans;
  readonly bypassExplicit: RolePlans;
}

/** Vehicles spread over the sample (many workshops' index pages), with their VIN blind index. */
async function explainRuns(stack: Stack) {
  const { garage, database, secrets } = stack;
  const keyring = await keyringOfSeededWorkshops(database.adminDbUrl, secrets);
  const count = Math.min(EXPLAIN_RUNS, garage.vehicles.length);
  const vehicles = Array.from(
    { length: count },
    (_, n) => garage.vehicles[Math.floor((n * garage.vehicles.length) / count)]!,
  );
  return Promise.all(
    vehicles.map(async (vehicle) => {
      const tenantId = garage.workshops[vehicle.workshop]!.tenantId;
      return { tenantId, id: vehicle.id, vinIndex: await keyring.blindIndex(tenantId, 'vin', vehicle.vin) };
    }),
  );
}

export async function explainLookups(stack: Stack, bypassUrl: string): Promise<LookupPlans> {
  const runs = await explainRuns(stack);
  const cases = (explicit: boolean): ExplainCase[] => [
    {
      label: 'by id',
      sql: explicit ? BY_ID_EXPLICIT_SQL : BY_ID_SQL,
      runs: runs.map((run) => ({ tenantId: run.tenantId, params: explicit ? [run.id, run.tenantId] : [run.id] })),
    },
    {
      label: 'by VIN',
      sql: explicit ? BY_VIN_EXPLICIT_SQL : BY_VIN_SQL,
      runs: runs.map((run) => ({
        tenantId: run.tenantId,
        params: explicit ? [run.vinIndex, run.tenantId] : [run.vinIndex],
      })),
    },
  ];
  const plans = async (role: string, url: string, explicit: boolean): Promise<RolePlans> => {
    const [byId, byVin] = await explainAsTenant(url, cases(explicit));
    return { role, byId: byId!, byVin: byVin! };
  };
  return {
    rls: await plans('application role (RLS)', stack.database.appUrl, false),
    bypass: await plans('BYPASSRLS role', bypassUrl, false),
    bypassExplicit: await plans('BYPASSRLS role, tenant_id written out', bypassUrl, true),
  };
}

/** How the vehicle row was found: which index, and whether its tenant_id column narrowed the scan. */
export function accessPath(plan: readonly string[]): string {
  const at = plan.findIndex((line) => /Index (Only )?Scan using|Bitmap Index Scan on|Seq Scan/.test(line));
  if (at === -1) return 'unknown';
  if (/Seq Scan/.test(plan[at]!)) return `sequential scan${/Parallel/.test(plan[at]!) ? ' (parallel)' : ''}`;
  const index = /(?:using|on) (\w+)/.exec(plan[at]!)?.[1] ?? '?';
  const condition = plan.slice(at + 1, at + 3).find((line) => line.includes('Index Cond')) ?? '';
  return condition.includes('tenant_id')
    ? `\`${index}\`, tenant_id in the index condition`
    : `\`${index}\`, whole index scanned (no tenant_id condition)`;
}

/** The plan lines that say how rows were found and what it cost. */
export function keyPlanLines(plan: readonly string[]): string[] {
  return plan.filter((line) =>
    /Scan|Index Cond|Filter|Rows Removed|Limit|Sort|Gather|Buffers|Planning|Time:/.test(line),
  );
}

/** The policy's own cost per statement: planning + execution with it against tenant_id written out. */
export function policyCost(plans: LookupPlans) {
  return (['byId', 'byVin'] as const).map((key) => {
    const rlsMs = plans.rls[key].planningMs + plans.rls[key].executionMs;
    const explicitMs = plans.bypassExplicit[key].planningMs + plans.bypassExplicit[key].executionMs;
    return { name: plans.rls[key].label, rlsMs, explicitMs, overhead: (rlsMs / explicitMs - 1) * 100 };
  });
}
