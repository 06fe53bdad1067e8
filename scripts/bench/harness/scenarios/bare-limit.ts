// The bare limit as a contender: bare-server.js on the same database, keys and garage, loaded
// with exactly the requests api-lookups sends (no bare POST: its audit and visit writes are not
// plain-written here, so POST /vehicles has no ratio).
import { freePort, startChild } from '../processes';
import type { ScenarioReport } from '../report';
import type { RunContext, Scenario } from '../scenario';
import { fixed, measurementsOf, runNote, whole } from '../summary';
import { byId, byVin, listPage, me } from './garage-requests';

function report(context: RunContext): Promise<ScenarioReport> {
  const bare = measurementsOf(context, 'bare');
  return Promise.resolve({
    id: 'bare-limit',
    title: 'The bare limit: Fastify + pg doing the same work (issue 17)',
    notes: [
      runNote(context, 'npm run bench:api'),
      '`scripts/bench/harness/scenarios/bare-server.ts`, one process: the access token checked under the same ' +
        'HKDF-derived key, one transaction as the application role with `set_config` of the workshop (sent with ' +
        'its `start transaction`, as the API does), the select (and the count of a full page), VINs opened by ' +
        "`TenantKeyring`, JSON. No session check: the API's is a per-process cache hit.",
    ],
    tables: [
      {
        columns: ['endpoint', 'req/s', 'p50 ms', 'p99 ms', 'CPU ms/req', 'Postgres CPU ms/req', 'failed'],
        align: ['left', 'right', 'right', 'right', 'right', 'right', 'right'],
        rows: [...bare].map(([endpoint, row]) => [
          `\`${endpoint}\``,
          whole(row.rps),
          fixed(row.p50),
          fixed(row.p99),
          fixed(row.serverCpuMs, 2),
          fixed(row.postgresCpuMs, 2),
          String(row.failed),
        ]),
      },
    ],
    raw: Object.fromEntries(bare),
  });
}

export const bareLimit: Scenario = {
  id: 'bare-limit',
  async start(stack) {
    const port = await freePort();
    const server = await startChild(stack.lifecycle, stack.tempDir, {
      label: 'bare',
      script: 'scripts/bench/harness/dist/scenarios/bare-server.js',
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        PORT: String(port),
        DATABASE_URL: stack.database.appUrl,
        JWT_SECRET: stack.secrets.jwtSecret,
        MASTER_KEY: stack.secrets.masterKey.toString('base64'),
        MASTER_KEY_ID: stack.secrets.masterKeyId,
      },
      readyUrl: `http://127.0.0.1:${port}/health`,
    });
    const baseUrl = `http://127.0.0.1:${port}`;
    const endpoints = [byId(stack.garage), listPage(stack.garage), byVin(stack.garage), me(stack.garage)];
    // The vehicle reads must answer what the API answers, byte for byte, or the ratio means nothing.
    for (const endpoint of endpoints.slice(0, 3)) {
      const request = endpoint.requests[0]!;
      const [ours, bare] = await Promise.all(
        [stack.api.baseUrl, baseUrl].map((url) =>
          fetch(`${url}${request.path}`, { headers: request.headers }).then((response) => response.text()),
        ),
      );
      if (ours !== bare) throw new Error(`bare ${endpoint.name} answers differently:\n${ours}\n${bare}`);
    }
    return { label: 'bare', baseUrl, pids: [server.pid], endpoints };
  },
  report,
};
