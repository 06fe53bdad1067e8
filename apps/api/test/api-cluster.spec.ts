import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import path from 'node:path';
import { eventually } from '../../../test/support/eventually';
import { TEST_JWT_SECRET, TEST_MASTER_KEY, testDatabase } from '../../../test/support/test-config';

const REPO = path.resolve(__dirname, '../../..');
/** The cluster forks the built entry, as production runs it: `npx tsc -b tsconfig.build.json` first. */
const API_MAIN = path.join(REPO, 'apps/api/dist/main.js');
const ACCOUNT_LIMIT_PER_MINUTE = 4;

interface Answer {
  readonly status: number;
  readonly body: string;
  /** The cluster process that answered, from its request log line. */
  readonly worker: number;
}

/**
 * The API as `npm start` and the image run it with API_PROCESSES=2: a node:cluster primary and
 * two complete API processes sharing one port. What must hold in every process holds: a logout
 * ends the session in both (each has its own session cache, evicted through LISTEN/NOTIFY), a
 * sign-in limit counts across both (not once per process), /metrics sums both, and SIGTERM
 * drains the requests running in both before the cluster exits.
 *
 * Each request opens its own connection (no keep-alive), so the primary's round robin spreads
 * them; "until both have answered" loops stop as soon as each process has been seen.
 */
describe('the API with two processes (API_PROCESSES=2)', () => {
  let cluster: ChildProcess;
  let exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  let port: number;
  let metricsPort: number;
  const logLines: Record<string, unknown>[] = [];
  const workerOfRequest = new Map<string, number>();

  beforeAll(async () => {
    if (!existsSync(API_MAIN)) {
      throw new Error(`${API_MAIN} is missing: build first (npx tsc -b tsconfig.build.json)`);
    }
    port = await freePort();
    metricsPort = await freePort();
    cluster = spawn(process.execPath, [API_MAIN], {
      cwd: REPO,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'test',
        LOG_LEVEL: 'info',
        API_PROCESSES: '2',
        HTTP_HOST: '127.0.0.1',
        HTTP_PORT: String(port),
        METRICS_HOST: '127.0.0.1',
        METRICS_PORT: String(metricsPort),
        WEB_DIST_DIR: 'test/no-web-build',
        DATABASE_URL: testDatabase.appUrl(),
        JWT_SECRET: TEST_JWT_SECRET,
        MASTER_KEY: TEST_MASTER_KEY,
        // No REDIS_URL: queues on PostgreSQL and rate limits in the primary's memory, as `npm start`.
        QUEUE_NAMESPACE: `cluster-${randomBytes(4).toString('hex')}`,
        RATE_LIMIT_IP_PER_MINUTE: '10000',
        RATE_LIMIT_IP_PER_HOUR: '10000',
        RATE_LIMIT_ACCOUNT_PER_MINUTE: String(ACCOUNT_LIMIT_PER_MINUTE),
        RATE_LIMIT_ACCOUNT_PER_HOUR: '10000',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    exited = new Promise((resolve) => cluster.once('exit', (code, signal) => resolve({ code, signal })));
    let partial = '';
    cluster.stdout!.on('data', (chunk: Buffer) => {
      const lines = (partial + chunk.toString('utf8')).split('\n');
      partial = lines.pop() ?? '';
      for (const text of lines.filter(Boolean)) {
        const line = JSON.parse(text) as Record<string, unknown>;
        logLines.push(line);
        if (line.message === 'request' && typeof line.worker === 'number') {
          workerOfRequest.set(String(line.requestId), line.worker);
        }
      }
    });
    await eventually(
      () => expect(logLines.some((line) => line.message === 'api listening' && line.processes === 2)).toBe(true),
      90_000,
      100,
    );
  }, 120_000);

  afterAll(async () => {
    if (cluster && cluster.exitCode === null && cluster.signalCode === null) {
      cluster.kill('SIGKILL');
      await exited;
    }
  });

  /** One request on a connection of its own; which process answered comes from the log line. */
  async function send(
    method: string,
    route: string,
    options: { token?: string; body?: unknown; agent?: Agent } = {},
  ): Promise<Answer> {
    const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
    const { status, body, requestId } = await new Promise<{ status: number; body: string; requestId: string }>(
      (resolve, reject) => {
        const req = httpRequest(
          {
            host: '127.0.0.1',
            port,
            method,
            path: route,
            agent: options.agent ?? false,
            headers: {
              ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
              ...(payload ? { 'content-type': 'application/json' } : {}),
            },
          },
          (res) => {
            let text = '';
            res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
            res.on('end', () =>
              resolve({ status: res.statusCode ?? 0, body: text, requestId: String(res.headers['x-request-id']) }),
            );
            res.on('error', reject);
          },
        );
        req.on('error', reject);
        req.end(payload);
      },
    );
    // The log line is written as the response ends; it may reach the pipe a moment later.
    await eventually(() => expect(workerOfRequest.has(requestId)).toBe(true), 10_000, 10);
    return { status, body, worker: workerOfRequest.get(requestId)! };
  }

  /** Sends `next()` until both processes have answered (at most 40 tries); every answer. */
  async function untilBothAnswer(next: () => Promise<Answer>): Promise<Answer[]> {
    const answers: Answer[] = [];
    for (let attempt = 0; attempt < 40 && new Set(answers.map((a) => a.worker)).size < 2; attempt++) {
      answers.push(await next());
    }
    expect(new Set(answers.map((a) => a.worker))).toEqual(new Set([1, 2]));
    return answers;
  }

  async function signup(): Promise<{ email: string; password: string; accessToken: string }> {
    const suffix = randomBytes(4).toString('hex');
    const email = `owner-${suffix}@example.test`;
    const password = `correct-horse-${suffix}-battery`;
    const answer = await send('POST', '/api/v1/auth/signup', {
      body: {
        workshopName: `Cluster Garage ${suffix}`,
        email,
        password,
        ownerName: 'Olga Owner',
        timezone: 'Europe/Warsaw',
      },
    });
    expect(answer.status).toBe(201);
    return { email, password, accessToken: (JSON.parse(answer.body) as { accessToken: string }).accessToken };
  }

  it('serves from both processes, and each process logs its own number and pid', async () => {
    const owner = await signup();
    const answers = await untilBothAnswer(() => send('GET', '/api/v1/me', { token: owner.accessToken }));
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 200));
    const pids = new Set(logLines.filter((line) => line.message === 'request').map((line) => line.pid));
    expect(pids.size).toBe(2);
  });

  it('ends a logged-out session in both processes at once', async () => {
    const owner = await signup();
    // Both processes have admitted (and cached) the session before it ends.
    await untilBothAnswer(() => send('GET', '/api/v1/me', { token: owner.accessToken }));
    const logout = await send('POST', '/api/v1/auth/logout', { token: owner.accessToken });
    expect(logout.status).toBe(204);
    const after = await untilBothAnswer(() => send('GET', '/api/v1/me', { token: owner.accessToken }));
    expect(after.map((a) => a.status)).toEqual(after.map(() => 401));
  });

  it('counts a sign-in limit across both processes, not once per process', async () => {
    const owner = await signup();
    const attempts: Answer[] = [];
    for (let attempt = 0; attempt <= ACCOUNT_LIMIT_PER_MINUTE; attempt++) {
      attempts.push(
        await send('POST', '/api/v1/auth/login', { body: { email: owner.email, password: 'not-the-password-at-all' } }),
      );
    }
    // The attempts went to both processes; counted per process, none would have been refused yet.
    expect(new Set(attempts.map((a) => a.worker))).toEqual(new Set([1, 2]));
    expect(attempts.map((a) => a.status)).toEqual([...attempts.slice(1).map(() => 401), 429]);
  });

  it("serves both processes' metrics summed on the one metrics port", async () => {
    const owner = await signup();
    const answers = await untilBothAnswer(() => send('GET', '/api/v1/me', { token: owner.accessToken }));
    const before = meCount(await scrape());
    const more = await untilBothAnswer(() => send('GET', '/api/v1/me', { token: owner.accessToken }));
    expect(answers.length).toBeGreaterThan(0);
    expect(meCount(await scrape()) - before).toBe(more.length);
  });

  it('drains the requests running in both processes on SIGTERM, then exits', async () => {
    const owner = await signup();
    const agent = new Agent({ keepAlive: true, maxSockets: 8 });
    const statuses: (number | undefined)[] = [];
    let terminatedAt = -1;
    const burst = Array.from({ length: 64 }, () =>
      send('GET', '/api/v1/me', { token: owner.accessToken, agent }).then(
        (answer) => {
          // The first answer means the burst is running in the processes: stop the cluster now.
          if (terminatedAt < 0) {
            terminatedAt = statuses.length;
            cluster.kill('SIGTERM');
          }
          statuses.push(answer.status);
        },
        () => statuses.push(undefined),
      ),
    );
    await Promise.all(burst);
    agent.destroy();
    const { code } = await exited;

    expect(code).toBe(0);
    // Requests running when SIGTERM came were answered, not cut off or failed.
    const served = statuses.filter((status) => status !== undefined);
    expect(served.length).toBeGreaterThan(1);
    expect(served.filter((status) => status !== 200 && status !== 503)).toEqual([]);
    expect(statuses.slice(terminatedAt + 1).filter((status) => status === 200).length).toBeGreaterThan(0);
    // Both processes went through their drain and close, and the primary waited for them.
    const closed = logLines.filter((line) => line.message === 'api cluster stopped');
    expect(closed).toHaveLength(1);
    expect(logLines.filter((line) => line.level === 'error' || line.level === 'fatal')).toEqual([]);
  }, 60_000);

  async function scrape(): Promise<string> {
    const response = await fetch(`http://127.0.0.1:${metricsPort}/metrics`);
    expect(response.status).toBe(200);
    return response.text();
  }
});

/** The summed counter of `GET /api/v1/me` 2xx, in the exact form the dashboards and smoke test read. */
function meCount(metrics: string): number {
  const series = 'pitlane_http_requests_total{method="GET",route="/api/v1/me",status_class="2xx"} ';
  const line = metrics.split('\n').find((text) => text.startsWith(series));
  return line ? Number(line.slice(series.length)) : 0;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}
