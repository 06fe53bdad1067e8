import { z } from 'zod';

/** Comma-separated list in an environment variable, trimmed, empties dropped. */
const csv = z.string().transform((value) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0),
);

const booleanFlag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const postgresUrl = z
  .string()
  .url()
  .refine((value) => /^postgres(ql)?:\/\//.test(value), 'must be a postgres:// URL');

/**
 * Every environment variable Pitlane reads, with its default. `.env.example` documents the same
 * list; a test keeps the two in step.
 */
export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),

  HTTP_HOST: z.string().min(1).default('127.0.0.1'),
  HTTP_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HTTP_BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  HTTP_TRUST_PROXY: booleanFlag.default(false),
  // API processes sharing HTTP_PORT (node:cluster); unset: one per CPU core.
  API_PROCESSES: z.coerce.number().int().min(1).max(64).optional(),
  CORS_ORIGINS: csv.default([]),
  // Unset: http://localhost:<HTTP_PORT>, so links in mail follow the port a local run listens on.
  PUBLIC_BASE_URL: z.string().url().optional(),
  // The built web app (Vite's output); a relative path is taken from the repository root.
  WEB_DIST_DIR: z.string().min(1).default('apps/web/dist'),

  METRICS_HOST: z.string().min(1).default('127.0.0.1'),
  METRICS_PORT: z.coerce.number().int().min(0).max(65535).default(9464),
  WORKER_METRICS_PORT: z.coerce.number().int().min(0).max(65535).default(9465),

  DATABASE_URL: postgresUrl,
  DATABASE_MIGRATION_URL: postgresUrl.optional(),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  // The operator role (aggregate views only); unset, no operator read model is served.
  OPERATOR_DATABASE_URL: postgresUrl.optional(),
  OPERATOR_DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(20).default(2),
  /** Where the operators' Grafana answers (the console links its dashboards); unset: no links. */
  GRAFANA_URL: z.string().url().optional(),

  JWT_SECRET: z.string().min(32, 'must be at least 32 characters'),
  JWT_ISSUER: z.string().min(1).default('pitlane'),
  JWT_AUDIENCE: z.string().min(1).default('pitlane-api'),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(3600).default(900),
  SESSION_IDLE_TIMEOUT_SECONDS: z.coerce.number().int().min(60).default(1800),
  SESSION_ABSOLUTE_TIMEOUT_SECONDS: z.coerce.number().int().min(300).default(43_200),

  MASTER_KEY: z
    .string()
    .refine((value) => Buffer.from(value, 'base64').length === 32, 'must be 32 bytes, base64-encoded'),
  MASTER_KEY_ID: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,32}$/, 'must be 1-32 letters, digits, "-" or "_"')
    .default('k1'),
  MASTER_KEYS_PREVIOUS: z
    .string()
    .refine(
      (value) =>
        value.split(',').every((entry) => {
          const [id, key, extra] = entry.trim().split(':');
          return (
            extra === undefined &&
            /^[A-Za-z0-9_-]{1,32}$/.test(id ?? '') &&
            Buffer.from(key ?? '', 'base64').length === 32
          );
        }),
      'must be "id:base64key" entries separated by commas, each key 32 bytes',
    )
    .optional(),

  REDIS_URL: z
    .string()
    .url()
    .refine((value) => /^rediss?:\/\//.test(value), 'must be a redis:// or rediss:// URL')
    .optional(),
  QUEUE_NAMESPACE: z
    .string()
    .regex(/^[a-z0-9-]{1,40}$/, 'must be 1-40 lower-case letters, digits or "-"')
    .default('pitlane'),
  QUEUE_SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(30_000),
  QUEUE_KEEP_COMPLETED_COUNT: z.coerce.number().int().min(0).max(1_000_000).default(0),
  QUEUE_RETRY_BASE_DELAY_MS: z.coerce.number().int().min(10).max(600_000).default(5_000),

  RATE_LIMIT_ACCOUNT_PER_MINUTE: z.coerce.number().int().min(1).default(5),
  RATE_LIMIT_ACCOUNT_PER_HOUR: z.coerce.number().int().min(1).default(100),
  RATE_LIMIT_IP_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  RATE_LIMIT_IP_PER_HOUR: z.coerce.number().int().min(1).default(1000),

  SMTP_HOST: z.string().min(1).default('127.0.0.1'),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(2525),
  SMTP_SECURE: booleanFlag.default(false),
  SMTP_REQUIRE_TLS: booleanFlag.default(false),
  SMTP_USER: z.string().min(1).optional(),
  SMTP_PASSWORD: z.string().min(1).optional(),
  MAIL_FROM_ADDRESS: z.string().email().default('no-reply@pitlane.local'),
  MAIL_FROM_NAME: z.string().min(1).max(80).default('Pitlane'),

  ELASTICSEARCH_URL: z
    .string()
    .url()
    .refine((value) => /^https?:\/\//.test(value), 'must be an http:// or https:// URL')
    .optional(),
  ELASTICSEARCH_USERNAME: z.string().min(1).optional(),
  ELASTICSEARCH_PASSWORD: z.string().min(1).optional(),
  ELASTICSEARCH_INDEX: z
    .string()
    .regex(/^[a-z0-9][a-z0-9_-]{0,99}$/, 'must be 1-100 lower-case letters, digits, "-" or "_"')
    .default('pitlane-search'),
  SEARCH_RELAY_BATCH_SIZE: z.coerce.number().int().min(1).max(5000).default(500),
  SEARCH_RELAY_POLL_INTERVAL_MS: z.coerce.number().int().min(50).max(600_000).default(2_000),
});

export type RawConfig = z.infer<typeof configSchema>;

/** Variables whose values must never be printed, logged or echoed in an error. */
export const SECRET_VARIABLES: ReadonlySet<keyof RawConfig> = new Set<keyof RawConfig>([
  'DATABASE_URL',
  'DATABASE_MIGRATION_URL',
  'OPERATOR_DATABASE_URL',
  'JWT_SECRET',
  'MASTER_KEY',
  'MASTER_KEYS_PREVIOUS',
  'REDIS_URL',
  'SMTP_PASSWORD',
  'ELASTICSEARCH_URL',
  'ELASTICSEARCH_PASSWORD',
]);
