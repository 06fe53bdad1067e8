// The Postgres side of a request: EXPLAIN (ANALYZE, BUFFERS) of a statement as the application
// role inside a tenant transaction (RLS on, as the API runs it), rolled back; medians over runs.
import { Client } from 'pg';

export interface ExplainCase {
  readonly label: string;
  readonly sql: string;
  /** One (tenant, parameters) pair per run, spread over workshops so the runs touch many pages. */
  readonly runs: readonly { tenantId: string; params: unknown[] }[];
}

export interface Explained {
  readonly label: string;
  readonly planningMs: number;
  readonly executionMs: number;
  /** The plan's scan lines of the first run: how the rows were found. */
  readonly access: string;
  /** The first run's whole plan, for reports that show it. */
  readonly plan: readonly string[];
}

export async function explainAsTenant(appUrl: string, cases: readonly ExplainCase[]): Promise<Explained[]> {
  const client = new Client({ connectionString: appUrl });
  await client.connect();
  try {
    const explained: Explained[] = [];
    for (const { label, sql, runs } of cases) {
      const planning: number[] = [];
      const execution: number[] = [];
      let access = '';
      let plan: string[] = [];
      for (const run of runs) {
        await client.query('begin');
        try {
          await client.query(`select set_config('app.tenant_id', $1, true)`, [run.tenantId]);
          const { rows } = await client.query<{ 'QUERY PLAN': string }>(
            `explain (analyze, buffers) ${sql}`,
            run.params,
          );
          const lines = rows.map((row) => row['QUERY PLAN']);
          if (plan.length === 0) plan = lines;
          const time = (prefix: string) =>
            Number(lines.find((line) => line.startsWith(prefix))?.match(/([\d.]+) ms/)?.[1]);
          planning.push(time('Planning Time'));
          execution.push(time('Execution Time'));
          access ||= lines
            .filter((line) => /Scan|Sort Method|Aggregate/.test(line))
            .map((line) =>
              line
                .trim()
                .replace(/^->\s*/, '')
                .replace(/\s*\(cost=.*$/, ''),
            )
            .join('; ');
        } finally {
          await client.query('rollback');
        }
      }
      explained.push({ label, planningMs: median(planning), executionMs: median(execution), access, plan });
    }
    return explained;
  } finally {
    await client.end();
  }
}

export function median(values: readonly number[]): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
