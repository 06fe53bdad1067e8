import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createLogger } from '@pitlane/core';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { createApi } from '../../apps/api/src/create-api';
import { captureLogLines } from './log-capture';
import { bypassingRls, testConfig, testDatabase } from './test-config';

export interface TestResponse<T = Record<string, unknown>> {
  readonly status: number;
  readonly headers: Record<string, string | string[] | number | undefined>;
  readonly body: T;
  readonly text: string;
}

export interface RequestOptions {
  readonly token?: string;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
  readonly rawBody?: string;
}

export interface Workshop {
  readonly tenantId: string;
  readonly slug: string;
  readonly userId: string;
  readonly email: string;
  readonly password: string;
  readonly accessToken: string;
  readonly refreshToken: string;
}

/** The API booted in-process (once per test file), driven through Fastify's `inject`. */
export class TestApi {
  private constructor(
    readonly app: NestFastifyApplication,
    /** Every JSON log line the API wrote, for assertions about what is (not) logged. */
    readonly logLines: readonly string[],
  ) {}

  static async start(overrides: Record<string, string> = {}): Promise<TestApi> {
    const { sink, lines } = captureLogLines();
    // Each API gets its own queue namespace, so jobs it enqueues never reach another file's worker.
    const config = testConfig({
      LOG_LEVEL: 'info',
      QUEUE_NAMESPACE: `test-${randomBytes(4).toString('hex')}`,
      // Suites sign in many times from one address; the rate-limit suite sets the real limits.
      // Completed jobs stay, so suites can inspect what every job carried.
      QUEUE_KEEP_COMPLETED_COUNT: '100000',
      RATE_LIMIT_ACCOUNT_PER_MINUTE: '10000',
      RATE_LIMIT_ACCOUNT_PER_HOUR: '10000',
      RATE_LIMIT_IP_PER_MINUTE: '10000',
      RATE_LIMIT_IP_PER_HOUR: '10000',
      ...overrides,
    });
    const logger = createLogger({ service: 'api', level: config.logLevel, destination: sink });
    // The bypass run connects through a role the boot guard rightly refuses; only here is it told not to look.
    const app = await createApi(config, logger, bypassingRls() ? { databaseRoleCheck: false } : {});
    return new TestApi(app, lines);
  }

  async close(): Promise<void> {
    await this.app.close();
  }

  async request<T = Record<string, unknown>>(
    method: string,
    url: string,
    options: RequestOptions = {},
  ): Promise<TestResponse<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    let payload: string | undefined = options.rawBody;
    if (options.body !== undefined) {
      payload = JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }
    const response = await this.app.inject({
      method: method as 'GET',
      url,
      headers,
      ...(payload !== undefined ? { payload } : {}),
    });
    const text = response.body;
    let body: unknown = undefined;
    if (text) {
      try {
        body = JSON.parse(text);
      } catch {
        body = undefined;
      }
    }
    return { status: response.statusCode, headers: response.headers, body: body as T, text };
  }

  /**
   * Signs a new workshop up through the API; every call gets fresh, unique names. `signup` adds
   * or overrides fields of the signup body (`locale`, `country`, `timezone`).
   */
  async signupWorkshop(name = 'Test Garage', signup: Record<string, string> = {}): Promise<Workshop> {
    const suffix = randomBytes(4).toString('hex');
    const email = `owner-${suffix}@example.test`;
    const password = `correct-horse-${suffix}-battery`;
    const response = await this.request<{
      workshop: { id: string; slug: string };
      user: { id: string };
      accessToken: string;
      refreshToken: string;
    }>('POST', '/api/v1/auth/signup', {
      body: {
        workshopName: `${name} ${suffix}`,
        email,
        password,
        ownerName: 'Olga Owner',
        timezone: 'Europe/Warsaw',
        ...signup,
      },
    });
    if (response.status !== 201) throw new Error(`signup failed: ${response.status} ${response.text}`);
    return {
      tenantId: response.body.workshop.id,
      slug: response.body.workshop.slug,
      userId: response.body.user.id,
      email,
      password,
      accessToken: response.body.accessToken,
      refreshToken: response.body.refreshToken,
    };
  }

  /**
   * Adds a second person to `workshop` with `role` and logs them in there. Invitations come
   * with the mail issue; until then the membership is written as the application role would.
   */
  async addStaff(workshop: Workshop, role: 'owner' | 'manager' | 'mechanic'): Promise<Workshop> {
    const person = await this.signupWorkshop('Staff Own Garage');
    await withAppClient(async (client) => {
      await client.query('begin');
      await client.query(`select set_config('app.tenant_id', $1, true)`, [workshop.tenantId]);
      await client.query(
        `insert into memberships (tenant_id, id, user_id, role) values ($1, gen_random_uuid(), $2, $3)`,
        [workshop.tenantId, person.userId, role],
      );
      await client.query('commit');
    });
    const login = await this.request<{ accessToken: string; refreshToken: string }>('POST', '/api/v1/auth/login', {
      body: { email: person.email, password: person.password, workshopId: workshop.tenantId },
    });
    if (login.status !== 200) throw new Error(`staff login failed: ${login.status} ${login.text}`);
    return { ...person, tenantId: workshop.tenantId, slug: workshop.slug, ...login.body };
  }
}

/** A connection as the application role (subject to row-level security). */
export async function withAppClient<T>(work: (client: Client) => Promise<T>): Promise<T> {
  return withClient(testDatabase.appUrl(), work);
}

/** A superuser connection to the test database: for arranging state and reading the catalog. */
export async function withAdminClient<T>(work: (client: Client) => Promise<T>): Promise<T> {
  return withClient(testDatabase.adminUrl(), work);
}

/** A connection to any test database URL. */
export async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
