// rls-price's verdicts: the overhead of RLS over HTTP (against the BYPASSRLS run), per statement in
// Postgres (like for like), per request (estimated from both), and the latency target.
import type { Summary } from '../summary';
import { fixed } from '../summary';
import type { policyCost } from './rls-explain';

const TARGETS = { overheadPercent: 10, p99Ms: 20, atConnections: 200 };
/** Statements on RLS tables per VIN lookup: the session check (sessions, memberships, tenants) and the select. */
const RLS_STATEMENTS = 2;

export interface Overhead {
  readonly endpoint: string;
  readonly rls: Summary;
  readonly p50: number;
  readonly p99: number;
  readonly rps: number;
}

export const percent = (value: number) =>
  Number.isFinite(value) ? `${value >= 0 ? '+' : ''}${value.toFixed(1)} %` : 'n/a';

/** Extra latency, and throughput lost, with RLS relative to the BYPASSRLS run, per endpoint both ran. */
export function overheads(rls: ReadonlyMap<string, Summary>, bypass: ReadonlyMap<string, Summary>): Overhead[] {
  return [...rls].flatMap(([endpoint, ours]) => {
    const theirs = bypass.get(endpoint);
    if (!theirs) return [];
    const p50 = (ours.p50 / theirs.p50 - 1) * 100;
    return [
      { endpoint, rls: ours, p50, p99: (ours.p99 / theirs.p99 - 1) * 100, rps: (theirs.rps / ours.rps - 1) * 100 },
    ];
  });
}

/** Rows of the targets table: target, result, met. */
export function targetRows(
  measured: readonly Overhead[],
  costs: ReturnType<typeof policyCost>,
  connections: number,
): string[][] {
  const { overheadPercent: limit } = TARGETS;
  const byVin = costs.find((cost) => cost.name === 'by VIN');
  const perStatementMs = byVin ? Math.max(0, byVin.rlsMs - byVin.explicitMs) : NaN;
  return [
    ...measured.map(({ endpoint, p50, p99, rps }) => {
      const worst = Math.max(...[p50, p99, rps].filter(Number.isFinite));
      return [
        `RLS overhead < ${limit} %, over HTTP (${endpoint})`,
        `worst of p50/p99/throughput: ${percent(worst)}`,
        worst < limit ? 'yes' : '**no**',
      ];
    }),
    ...costs.map((cost) => [
      `RLS overhead < ${limit} %, per statement in Postgres, like for like (${cost.name})`,
      `${fixed(cost.rlsMs, 3)} ms with the policy vs ${fixed(cost.explicitMs, 3)} ms with tenant_id written out: ` +
        percent(cost.overhead),
      cost.overhead < limit ? 'yes' : '**no**',
    ]),
    ...measured.map(({ endpoint, rls }) => {
      const extraMs = perStatementMs * RLS_STATEMENTS;
      const requestMs = rls.serverCpuMs + rls.postgresCpuMs;
      const share = (extraMs / requestMs) * 100;
      return [
        `RLS overhead < ${limit} %, per request, estimated (${endpoint})`,
        `${RLS_STATEMENTS} statements x ${fixed(perStatementMs, 3)} ms = ${fixed(extraMs, 3)} ms of ` +
          `${fixed(requestMs, 2)} ms API + Postgres CPU per request: ${percent(share)}`,
        share < limit ? 'yes (estimate)' : '**no** (estimate)',
      ];
    }),
    ...measured.map(({ endpoint, rls }) => [
      `p99 < ${TARGETS.p99Ms} ms at ${TARGETS.atConnections} concurrent (${endpoint})`,
      `p99 ${fixed(rls.p99)} ms at ${connections} connections`,
      rls.p99 < TARGETS.p99Ms && connections >= TARGETS.atConnections ? 'yes' : '**no**',
    ]),
  ];
}
