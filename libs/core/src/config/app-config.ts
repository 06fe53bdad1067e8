import os from 'node:os';
import path from 'node:path';
import { ConfigError } from './config-error';
import { configSchema, RawConfig, SECRET_VARIABLES } from './config.schema';

/** From libs/core/src/config or libs/core/dist/config alike. */
const REPOSITORY_ROOT = path.resolve(__dirname, '../../../..');

export type Environment = RawConfig['NODE_ENV'];

/**
 * The typed configuration, parsed and validated once at boot. Inject `AppConfig` anywhere;
 * never read `process.env` outside this file.
 */
export class AppConfig {
  readonly env: Environment;
  readonly logLevel: RawConfig['LOG_LEVEL'];
  readonly http: {
    readonly host: string;
    readonly port: number;
    readonly bodyLimitBytes: number;
    readonly trustProxy: boolean;
    readonly corsOrigins: readonly string[];
    readonly publicBaseUrl: string;
    /**
     * How many API processes serve `port` (a cluster primary forks them); one per core unless
     * API_PROCESSES says otherwise. docs/scaling.md says how to size it.
     */
    readonly processes: number;
  };
  readonly web: {
    /**
     * Absolute path of the built web app, which the API serves at `/` when it is there. Whether a
     * build is present is the API's boot-time check (serve-web-app.ts), not a config error: tests
     * and the compose stack (nginx serves the web image) run the API without one.
     */
    readonly distDir: string;
  };
  /** Prometheus' `/metrics` of each process: an internal address nginx never publishes. */
  readonly metrics: {
    readonly host: string;
    readonly apiPort: number;
    readonly workerPort: number;
  };
  readonly database: {
    readonly url: string;
    readonly migrationUrl: string | undefined;
    readonly poolMax: number;
    /** The operator role's URL: it may select only the aggregate views (operator-views.ts). */
    readonly operatorUrl: string | undefined;
    readonly operatorPoolMax: number;
  };
  readonly auth: {
    readonly jwtSecret: string;
    readonly jwtIssuer: string;
    readonly jwtAudience: string;
    readonly accessTokenTtlSeconds: number;
    readonly sessionIdleTimeoutSeconds: number;
    readonly sessionAbsoluteTimeoutSeconds: number;
  };
  readonly crypto: {
    readonly masterKey: Buffer;
    readonly masterKeyId: string;
    /** Older master keys still accepted for unwrapping, as "id:base64,..." (during a rotation). */
    readonly previousMasterKeys: string;
  };

  readonly queue: {
    /** Redis for BullMQ when set; otherwise BullMQ's PostgreSQL backend on DATABASE_URL. */
    readonly redisUrl: string | undefined;
    /** Prefixes every queue name, so environments (and test runs) sharing a backend stay apart. */
    readonly namespace: string;
    readonly shutdownTimeoutMs: number;
    /** First retry delay; each further try doubles it (with jitter). */
    readonly retryBaseDelayMs: number;
    /** Completed jobs kept (for a day) for inspection; 0: removed at once, the default. */
    readonly keepCompletedCount: number;
  };
  /** Sign-in and recovery endpoints: attempts per account and per client address. */
  readonly rateLimit: {
    readonly accountPerMinute: number;
    readonly accountPerHour: number;
    readonly ipPerMinute: number;
    readonly ipPerHour: number;
  };
  readonly mail: {
    readonly smtp: {
      readonly host: string;
      readonly port: number;
      readonly secure: boolean;
      readonly requireTls: boolean;
      readonly user: string | undefined;
      readonly password: string | undefined;
    };
    readonly fromAddress: string;
    readonly fromName: string;
  };
  readonly monitoring: {
    /** Grafana's address for the operator console's dashboard links, without a trailing slash. */
    readonly grafanaUrl: string | undefined;
  };
  readonly search: {
    /** Elasticsearch when set; otherwise the Postgres adapter (pg_trgm + unaccent). */
    readonly elasticsearchUrl: string | undefined;
    readonly elasticsearchUsername: string | undefined;
    readonly elasticsearchPassword: string | undefined;
    /** The alias every read and write goes through; versioned indices sit behind it. */
    readonly elasticsearchIndex: string;
    /** Outbox rows the relay applies per tenant transaction. */
    readonly relayBatchSize: number;
    /** The relay wakes on every committed change (LISTEN/NOTIFY) and polls this often besides. */
    readonly relayPollIntervalMs: number;
  };

  /** Every variable as parsed, secrets replaced: safe for the boot log line. */
  readonly summary: Readonly<Record<string, unknown>>;

  private constructor(raw: RawConfig) {
    this.summary = Object.fromEntries(
      Object.entries(raw).map(([name, value]) => [
        name,
        SECRET_VARIABLES.has(name as keyof RawConfig) && value !== undefined ? '[secret]' : value,
      ]),
    );
    this.env = raw.NODE_ENV;
    this.logLevel = raw.LOG_LEVEL;
    this.http = {
      host: raw.HTTP_HOST,
      port: raw.HTTP_PORT,
      bodyLimitBytes: raw.HTTP_BODY_LIMIT_BYTES,
      trustProxy: raw.HTTP_TRUST_PROXY,
      corsOrigins: raw.CORS_ORIGINS,
      publicBaseUrl: (raw.PUBLIC_BASE_URL ?? `http://localhost:${raw.HTTP_PORT}`).replace(/\/+$/, ''),
      processes: raw.API_PROCESSES ?? os.availableParallelism(),
    };
    this.web = { distDir: path.resolve(REPOSITORY_ROOT, raw.WEB_DIST_DIR) };
    this.metrics = { host: raw.METRICS_HOST, apiPort: raw.METRICS_PORT, workerPort: raw.WORKER_METRICS_PORT };
    this.database = {
      url: raw.DATABASE_URL,
      migrationUrl: raw.DATABASE_MIGRATION_URL,
      poolMax: raw.DATABASE_POOL_MAX,
      operatorUrl: raw.OPERATOR_DATABASE_URL,
      operatorPoolMax: raw.OPERATOR_DATABASE_POOL_MAX,
    };
    this.auth = {
      jwtSecret: raw.JWT_SECRET,
      jwtIssuer: raw.JWT_ISSUER,
      jwtAudience: raw.JWT_AUDIENCE,
      accessTokenTtlSeconds: raw.ACCESS_TOKEN_TTL_SECONDS,
      sessionIdleTimeoutSeconds: raw.SESSION_IDLE_TIMEOUT_SECONDS,
      sessionAbsoluteTimeoutSeconds: raw.SESSION_ABSOLUTE_TIMEOUT_SECONDS,
    };
    this.crypto = {
      masterKey: Buffer.from(raw.MASTER_KEY, 'base64'),
      masterKeyId: raw.MASTER_KEY_ID,
      previousMasterKeys: raw.MASTER_KEYS_PREVIOUS ?? '',
    };
    this.queue = {
      redisUrl: raw.REDIS_URL,
      namespace: raw.QUEUE_NAMESPACE,
      shutdownTimeoutMs: raw.QUEUE_SHUTDOWN_TIMEOUT_MS,
      retryBaseDelayMs: raw.QUEUE_RETRY_BASE_DELAY_MS,
      keepCompletedCount: raw.QUEUE_KEEP_COMPLETED_COUNT,
    };
    this.rateLimit = {
      accountPerMinute: raw.RATE_LIMIT_ACCOUNT_PER_MINUTE,
      accountPerHour: raw.RATE_LIMIT_ACCOUNT_PER_HOUR,
      ipPerMinute: raw.RATE_LIMIT_IP_PER_MINUTE,
      ipPerHour: raw.RATE_LIMIT_IP_PER_HOUR,
    };
    this.mail = {
      smtp: {
        host: raw.SMTP_HOST,
        port: raw.SMTP_PORT,
        secure: raw.SMTP_SECURE,
        requireTls: raw.SMTP_REQUIRE_TLS,
        user: raw.SMTP_USER,
        password: raw.SMTP_PASSWORD,
      },
      fromAddress: raw.MAIL_FROM_ADDRESS,
      fromName: raw.MAIL_FROM_NAME,
    };
    this.monitoring = { grafanaUrl: raw.GRAFANA_URL?.replace(/\/+$/, '') };
    this.search = {
      elasticsearchUrl: raw.ELASTICSEARCH_URL,
      elasticsearchUsername: raw.ELASTICSEARCH_USERNAME,
      elasticsearchPassword: raw.ELASTICSEARCH_PASSWORD,
      elasticsearchIndex: raw.ELASTICSEARCH_INDEX,
      relayBatchSize: raw.SEARCH_RELAY_BATCH_SIZE,
      relayPollIntervalMs: raw.SEARCH_RELAY_POLL_INTERVAL_MS,
    };
  }

  /**
   * Parses the environment. Throws a `ConfigError` naming every missing or malformed variable
   * at once; the message never contains a value.
   */
  static fromEnvironment(env: NodeJS.ProcessEnv = process.env): AppConfig {
    // An empty string means "unset", as in most .env tooling.
    const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
    const parsed = configSchema.safeParse(present);
    if (!parsed.success) {
      throw new ConfigError(
        parsed.error.issues.map((issue) => {
          const variable = issue.path.join('.');
          return { variable, problem: present[variable] === undefined ? 'is required' : issue.message };
        }),
      );
    }
    return new AppConfig(parsed.data);
  }
}
