// The price of row-level security (issue 3): the VIN lookup over HTTP as the application role
// (RLS on) beside the same API connected through a BYPASSRLS role with the same grants,
// interleaved round by round; then the lookups' statements EXPLAINed as both roles (rls-explain).
import { median } from '../explain';
import { withAdmin } from '../postgres';
import { freePort, productEnv, startChild } from '../processes';
import type { ScenarioReport } from '../report';
import type { Contender, RunContext, Scenario } from '../scenario';
import type { Stack } from '../stack';
import { fixed, measurementsOf, runNote, whole } from '../summary';
import { byVin } from './garage-requests';
import { accessPath, EXPLAIN_RUNS, explainLookups, keyPlanLines, policyCost } from './rls-explain';
import { overheads, percent, targetRows } from './rls-targets';

const RLS = 'RLS';
const NO_RLS = 'no RLS';
/** The BYPASSRLS role's URL: made by start, EXPLAINed with by report (one run, one scenario object). */
let bypassUrl = '';

/** A LOGIN BYPASSRLS role of this run holding exactly the application role's privileges (by membership). */
async function bypassRole(stack: Stack): Promise<string> {
  const appUrl = new URL(stack.database.appUrl);
  const role = `${stack.database.name}_bypass`;
  const password = `bypass-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  stack.lifecycle.onCleanup(`drop role ${role}`, () =>
    withAdmin(stack.database.adminDbUrl, (admin) => admin.query(`drop role if exists ${role}`)),
  );
  await withAdmin(stack.database.adminDbUrl, async (admin) => {
    await admin.query(`create role ${role} login bypassrls nosuperuser password ${admin.escapeLiteral(password)}`);
    await admin.query(`grant ${decodeURIComponent(appUrl.username)} to ${role}`);
  });
  appUrl.username = role;
  appUrl.password = encodeURIComponent(password);
  return appUrl.toString();
}

async function start(stack: Stack): Promise<Contender[]> {
  bypassUrl = await bypassRole(stack);
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  // The lookups send no mail: the SMTP port only satisfies the configuration.
  const env = productEnv(bypassUrl, stack.secrets, await freePort());
  const api = await startChild(stack.lifecycle, stack.tempDir, {
    label: 'api-bypass',
    script: 'scripts/bench/harness/dist/scenarios/api-bypassing-rls.js',
    env: { ...env, API_PROCESSES: '1', HTTP_HOST: '127.0.0.1', HTTP_PORT: String(port), METRICS_PORT: '0' },
    // Readiness includes the role check this API skips by design: liveness it is.
    readyUrl: `${baseUrl}/health/live`,
  });
  const endpoint = byVin(stack.garage);
  // Both must find the seeded vehicle, byte for byte the same answer, or the comparison means nothing.
  for (const request of endpoint.requests.slice(0, 5)) {
    const [rls = '', bypass = ''] = await Promise.all(
      [stack.api.baseUrl, baseUrl].map((url) =>
        fetch(`${url}${request.path}`, { headers: request.headers }).then((response) => response.text()),
      ),
    );
    const found = (JSON.parse(rls) as { items?: unknown[] }).items?.length === 1;
    if (!found || rls !== bypass) throw new Error(`${endpoint.name} answers differently:\n${rls}\n${bypass}`);
  }
  stack.say(`no-RLS API (pid ${api.pid}) on ${baseUrl} through a BYPASSRLS role`);
  return [
    { label: RLS, baseUrl: stack.api.baseUrl, pids: [stack.api.pid], endpoints: [endpoint] },
    { label: NO_RLS, baseUrl, pids: [api.pid], endpoints: [endpoint] },
  ];
}

async function report(context: RunContext): Promise<ScenarioReport> {
  const { stack, settings, load } = context;
  const modes = [RLS, NO_RLS].map((mode) => ({ mode, rows: measurementsOf(context, mode) }));
  const p90 = (mode: string, endpoint: string) =>
    median((context.measurements.get(mode)?.get(endpoint) ?? []).map((round) => round.p90));
  const lookupRows = modes.flatMap(({ mode, rows }) =>
    [...rows].map(([endpoint, row]) => [
      `\`${endpoint}\``,
      mode,
      whole(row.rps),
      row.roundsRps.map(whole).join(', '),
      ...[row.p50, p90(mode, endpoint), row.p99].map((value) => fixed(value)),
      fixed(row.serverCpuMs, 2),
      fixed(row.postgresCpuMs, 2),
      String(row.failed),
    ]),
  );
  const measured = overheads(modes[0]!.rows, modes[1]!.rows);
  stack.say(`EXPLAIN (ANALYZE, BUFFERS) of both lookups, ${EXPLAIN_RUNS} vehicles each, as both roles`);
  const plans = await explainLookups(stack, bypassUrl);
  const costs = policyCost(plans);
  const cpuRows = modes.flatMap(({ mode, rows }) =>
    [...rows].map(([endpoint, row]) => {
      const listed = ['server', 'worker', 'postgres', 'wrk'].map((group) => row.cores[group] ?? 0);
      const other = Math.max(0, row.hostBusy * load.cores - listed.reduce((sum, cores) => sum + cores, 0));
      return [
        `\`${endpoint}\``,
        mode,
        ...listed.map((cores) => fixed(cores, 2)),
        fixed(other, 2),
        `${fixed(row.hostBusy * 100, 0)} %`,
      ];
    }),
  );
  const planRows = [plans.rls, plans.bypass, plans.bypassExplicit].flatMap((role) =>
    [role.byId, role.byVin].map((plan) => [
      plan.label,
      role.role,
      fixed(plan.planningMs, 3),
      fixed(plan.executionMs, 3),
      accessPath(plan.plan),
    ]),
  );
  const planBlocks = [plans.rls, plans.bypass].flatMap((role) =>
    [role.byId, role.byVin].map(
      (plan) => `${plan.label}, ${role.role}:\n\n\`\`\`\n${keyPlanLines(plan.plan).join('\n')}\n\`\`\``,
    ),
  );
  const { garage } = stack;
  return {
    id: 'rls-price',
    title: 'Garage lookups: the price of row-level security (issue 3)',
    notes: [
      runNote(context, 'npm run bench:rls'),
      `Data: ${garage.workshops.length} workshops signed up through the API, ${garage.vehicles.length} sampled vehicles ` +
        'requested at random over them (VINs sealed by `TenantKeyring`; sizes: `BENCH_WORKSHOPS`, ' +
        '`BENCH_VEHICLES_PER_WORKSHOP`). One API process per mode (`API_PROCESSES=1`, `LOG_LEVEL=warn`). ' +
        '`GET /vehicles?vin=` checks the session, computes the blind index and decrypts the match; `GET /vehicles/:id` ' +
        'is measured by `npm run bench:api`.',
      '"RLS" is the application role (NOBYPASSRLS: every query filtered by the tenant policy); "no RLS" is the same ' +
        'API (`scenarios/api-bypassing-rls.ts`, boot guard skipped) through a BYPASSRLS role of this run with the same ' +
        'grants. Overhead = RLS latency / no-RLS latency - 1; for throughput, no-RLS req/s / RLS req/s - 1. Negative ' +
        'means RLS was faster. CPU in cores (of ' +
        String(load.cores) +
        '); "other" is host busy time no listed ' +
        'process accounts for.',
      `Postgres side: \`EXPLAIN (ANALYZE, BUFFERS)\` of each lookup's statement as the services sent it before issue 13 ` +
        `(by id or VIN index alone), in a tenant transaction, ${EXPLAIN_RUNS} vehicles of different workshops, after the ` +
        'load (warm cache); medians. The last rows run, as the BYPASSRLS role, the statements with `tenant_id = $2` ' +
        'written out, as the services send them now: the like-for-like baseline for the cost of the policy.',
    ],
    tables: [
      {
        columns: [
          'lookup',
          'mode',
          'req/s',
          'req/s by round',
          'p50 ms',
          'p90 ms',
          'p99 ms',
          'API CPU ms/req',
          'Postgres CPU ms/req',
          'failed',
        ],
        align: ['left', 'left', 'right', 'left', 'right', 'right', 'right', 'right', 'right', 'right'],
        rows: lookupRows,
      },
      {
        columns: ['lookup', 'p50 overhead', 'p99 overhead', 'throughput overhead'],
        align: ['left', 'right', 'right', 'right'],
        rows: measured.map((o) => [`\`${o.endpoint}\``, percent(o.p50), percent(o.p99), percent(o.rps)]),
      },
      { columns: ['target', 'result', 'met'], rows: targetRows(measured, costs, settings.connections) },
      {
        columns: ['lookup', 'mode', 'API', 'worker', 'Postgres', 'wrk', 'other', 'host busy'],
        align: ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'right'],
        rows: cpuRows,
      },
      {
        columns: ['statement', 'role', 'planning ms', 'execution ms', 'how the row is found'],
        align: ['left', 'left', 'right', 'right', 'left'],
        rows: planRows,
      },
    ],
    details: planBlocks,
    raw: {
      settings,
      load,
      measurements: Object.fromEntries(modes.map(({ mode, rows }) => [mode, Object.fromEntries(rows)])),
      plans,
      costs,
    },
  };
}

export const rlsPrice: Scenario = { id: 'rls-price', start, report };
