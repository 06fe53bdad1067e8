// Pitlane's everyday calls at 16 connections, one API process, each figure beside the bare limit
// (scenario bare-limit, same invocation) as a ratio; API CPU per request; the SQL's plans.
import { explainAsTenant, type ExplainCase } from '../explain';
import type { ScenarioReport } from '../report';
import type { RunContext, Scenario } from '../scenario';
import { fixed, measurementsOf, runNote, whole } from '../summary';
import { byId, byVin, create, listPage, me } from './garage-requests';

const LABEL = 'Pitlane';
const BARE = 'bare';
const TARGETS = { ratioPercent: 80, cpuMs: 1.5, p99Ms: 30 };
const EXPLAIN_RUNS = 11;

async function report(context: RunContext): Promise<ScenarioReport> {
  const pitlane = measurementsOf(context, LABEL);
  const bare = measurementsOf(context, BARE);
  const rows = [...pitlane].map(([endpoint, ours]) => {
    const limit = bare.get(endpoint);
    const ratio = limit ? (ours.rps / limit.rps) * 100 : NaN;
    return [
      `\`${endpoint}\``,
      whole(ours.rps),
      limit ? whole(limit.rps) : '—',
      limit ? `${fixed(ratio, 0)} %${ratio >= TARGETS.ratioPercent ? '' : ' (**below**)'}` : '— (no bare twin)',
      `${fixed(ours.p50)} / ${fixed(ours.p99)}`,
      limit ? fixed(limit.p99) : '—',
      `${fixed(ours.serverCpuMs, 2)}${ours.serverCpuMs <= TARGETS.cpuMs ? '' : ' (**above**)'}`,
      limit ? fixed(limit.serverCpuMs, 2) : '—',
      `${fixed(ours.postgresCpuMs, 2)}${limit ? ` / ${fixed(limit.postgresCpuMs, 2)}` : ''}`,
      String(ours.failed),
    ];
  });
  const cpuRows = [...pitlane].map(([endpoint, ours]) => [
    `\`${endpoint}\``,
    ours.roundsRps.map(whole).join(', '),
    ...['server', 'worker', 'postgres', 'wrk'].map((group) => fixed(ours.cores[group] ?? NaN, 2)),
    `${fixed(ours.hostBusy * 100, 0)} %`,
  ]);
  const { garage, database } = context.stack;
  const spread = (count: number) =>
    Array.from({ length: count }, (_, n) => garage.vehicles[Math.floor((n * garage.vehicles.length) / count)]!);
  const tenantOf = (workshop: number) => garage.workshops[workshop]!.tenantId;
  const cases: ExplainCase[] = [
    {
      label: 'by id (`GET /vehicles/:id`)',
      sql: 'select * from vehicles where tenant_id = $1 and id = $2 limit 1',
      runs: spread(EXPLAIN_RUNS).map((v) => ({ tenantId: tenantOf(v.workshop), params: [tenantOf(v.workshop), v.id] })),
    },
    {
      label: 'page 1 of 20, newest first (`GET /vehicles`)',
      sql: 'select * from vehicles where tenant_id = $1 order by created_at desc nulls last, id limit 20',
      runs: spread(EXPLAIN_RUNS).map((v) => ({ tenantId: tenantOf(v.workshop), params: [tenantOf(v.workshop)] })),
    },
    {
      label: 'its total (a full page is counted)',
      sql: 'select count(*) from vehicles where tenant_id = $1',
      runs: spread(EXPLAIN_RUNS).map((v) => ({ tenantId: tenantOf(v.workshop), params: [tenantOf(v.workshop)] })),
    },
  ];
  const plans = await explainAsTenant(database.appUrl, cases);
  return {
    id: 'api-lookups',
    title: 'API lookups beside the bare limit (issue 17)',
    notes: [
      runNote(context, 'npm run bench:api'),
      `Data: ${garage.workshops.length} workshops signed up through the API, ${garage.vehicles.length} sampled ` +
        'vehicles requested at random over them (VINs sealed by `TenantKeyring`). One API process ' +
        '(`API_PROCESSES=1`, `NODE_ENV=production`, `LOG_LEVEL=warn`) and the worker, as the application role ' +
        'under RLS. "bare" is scenario `bare-limit`: a plain Fastify + pg process doing the same work. Targets ' +
        `(issue 17): ≥ ${TARGETS.ratioPercent} % of bare, ≤ ${TARGETS.cpuMs} ms API CPU per request, ` +
        `p99 ≤ ${TARGETS.p99Ms} ms for GET by id (on a quiet machine).`,
    ],
    tables: [
      {
        columns: [
          'endpoint',
          'Pitlane req/s',
          'bare req/s',
          'Pitlane / bare',
          'Pitlane p50 / p99 ms',
          'bare p99 ms',
          'API CPU ms/req',
          'bare CPU ms/req',
          'Postgres CPU ms/req (Pitlane / bare)',
          'failed',
        ],
        align: ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
        rows,
      },
      {
        columns: ['Pitlane endpoint', 'req/s by round', 'API cores', 'worker', 'Postgres', 'wrk', 'host busy'],
        align: ['left', 'left', 'right', 'right', 'right', 'right', 'right'],
        rows: cpuRows,
      },
      {
        columns: ['statement (application role, RLS on)', 'planning ms', 'execution ms', 'plan'],
        align: ['left', 'right', 'right', 'left'],
        rows: plans.map((plan) => [plan.label, fixed(plan.planningMs, 3), fixed(plan.executionMs, 3), plan.access]),
      },
    ],
    raw: {
      settings: context.settings,
      load: context.load,
      measurements: Object.fromEntries(pitlane),
      bare: Object.fromEntries(bare),
      plans,
    },
  };
}

export const apiLookups: Scenario = {
  id: 'api-lookups',
  start: (stack) =>
    Promise.resolve({
      label: LABEL,
      baseUrl: stack.api.baseUrl,
      pids: [stack.api.pid],
      endpoints: [
        byId(stack.garage),
        listPage(stack.garage),
        byVin(stack.garage),
        me(stack.garage),
        create(stack.garage),
      ],
    }),
  report,
};
