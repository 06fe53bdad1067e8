import os from 'node:os';
import { AppConfig } from './app-config';
import { ConfigError } from './config-error';

const MASTER_KEY = Buffer.alloc(32, 7).toString('base64');
const JWT_SECRET = 'a-jwt-secret-that-is-long-enough-for-hs256';
const DATABASE_URL = 'postgres://pitlane:db-password-42@127.0.0.1:5432/pitlane';

/** The three variables without a default; everything else falls back. */
function minimalEnv(overrides: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { DATABASE_URL, JWT_SECRET, MASTER_KEY, ...overrides };
}

/** Runs `fromEnvironment` expecting it to fail and hands back the ConfigError. */
function configErrorOf(env: NodeJS.ProcessEnv): ConfigError {
  try {
    AppConfig.fromEnvironment(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected AppConfig.fromEnvironment to throw a ConfigError');
}

function variablesOf(error: ConfigError): string[] {
  return error.problems.map((p) => p.variable);
}

describe('AppConfig.fromEnvironment', () => {
  describe('a complete environment', () => {
    it('parses the three required variables and fills every other setting with its default', () => {
      const config = AppConfig.fromEnvironment(minimalEnv());

      expect(config.env).toBe('development');
      expect(config.logLevel).toBe('info');
      expect(config.http).toEqual({
        host: '127.0.0.1',
        port: 3000,
        bodyLimitBytes: 1_048_576,
        trustProxy: false,
        corsOrigins: [],
        publicBaseUrl: 'http://localhost:3000',
        processes: os.availableParallelism(),
      });
      expect(config.database).toEqual({
        url: DATABASE_URL,
        migrationUrl: undefined,
        poolMax: 10,
        operatorUrl: undefined,
        operatorPoolMax: 2,
      });
      expect(config.auth).toEqual({
        jwtSecret: JWT_SECRET,
        jwtIssuer: 'pitlane',
        jwtAudience: 'pitlane-api',
        accessTokenTtlSeconds: 900,
        sessionIdleTimeoutSeconds: 1800,
        sessionAbsoluteTimeoutSeconds: 43_200,
      });
      expect(config.crypto.masterKeyId).toBe('k1');
      expect(config.monitoring).toEqual({ grafanaUrl: undefined });
    });

    it('keeps GRAFANA_URL without trailing slashes, for the console to link its dashboards', () => {
      const config = AppConfig.fromEnvironment(minimalEnv({ GRAFANA_URL: 'https://grafana.example/' }));
      expect(config.monitoring.grafanaUrl).toBe('https://grafana.example');
    });

    it('decodes MASTER_KEY from base64 into the 32 raw key bytes', () => {
      const config = AppConfig.fromEnvironment(minimalEnv());

      expect(config.crypto.masterKey).toBeInstanceOf(Buffer);
      expect(config.crypto.masterKey.equals(Buffer.alloc(32, 7))).toBe(true);
    });

    it('coerces numbers and flags given as strings', () => {
      const config = AppConfig.fromEnvironment(
        minimalEnv({
          NODE_ENV: 'production',
          HTTP_PORT: '8080',
          HTTP_BODY_LIMIT_BYTES: '2048',
          HTTP_TRUST_PROXY: '1',
          DATABASE_POOL_MAX: '25',
          ACCESS_TOKEN_TTL_SECONDS: '300',
        }),
      );

      expect(config.env).toBe('production');
      expect(config.http.port).toBe(8080);
      expect(config.http.bodyLimitBytes).toBe(2048);
      expect(config.http.trustProxy).toBe(true);
      expect(config.database.poolMax).toBe(25);
      expect(config.auth.accessTokenTtlSeconds).toBe(300);
    });

    it('links to the port it listens on when PUBLIC_BASE_URL is unset (npm start on another port)', () => {
      const config = AppConfig.fromEnvironment(minimalEnv({ HTTP_PORT: '3100' }));

      expect(config.http.publicBaseUrl).toBe('http://localhost:3100');
    });

    it('keeps PUBLIC_BASE_URL when set, whatever the port', () => {
      const config = AppConfig.fromEnvironment(
        minimalEnv({ HTTP_PORT: '3100', PUBLIC_BASE_URL: 'https://pitlane.example' }),
      );

      expect(config.http.publicBaseUrl).toBe('https://pitlane.example');
    });

    it('runs API_PROCESSES API processes, one per core when unset', () => {
      expect(AppConfig.fromEnvironment(minimalEnv({ API_PROCESSES: '3' })).http.processes).toBe(3);
      expect(AppConfig.fromEnvironment(minimalEnv()).http.processes).toBe(os.availableParallelism());
      expect(() => AppConfig.fromEnvironment(minimalEnv({ API_PROCESSES: '0' }))).toThrow(/API_PROCESSES/);
    });

    it('drops trailing slashes from PUBLIC_BASE_URL', () => {
      const config = AppConfig.fromEnvironment(minimalEnv({ PUBLIC_BASE_URL: 'https://pitlane.example//' }));

      expect(config.http.publicBaseUrl).toBe('https://pitlane.example');
    });

    it('splits CORS_ORIGINS on commas, trims each origin and drops empty entries', () => {
      const config = AppConfig.fromEnvironment(
        minimalEnv({ CORS_ORIGINS: ' https://a.example ,https://b.example,, ,  https://c.example  ' }),
      );

      expect(config.http.corsOrigins).toEqual(['https://a.example', 'https://b.example', 'https://c.example']);
    });

    it('ignores variables it does not know', () => {
      expect(() => AppConfig.fromEnvironment(minimalEnv({ PATH: '/usr/bin', HOME: '/root' }))).not.toThrow();
    });
  });

  describe('an incomplete environment', () => {
    it('names DATABASE_URL, JWT_SECRET and MASTER_KEY together in one ConfigError', () => {
      const error = configErrorOf({});

      expect(variablesOf(error)).toEqual(expect.arrayContaining(['DATABASE_URL', 'JWT_SECRET', 'MASTER_KEY']));
      expect(error.problems).toHaveLength(3);
      for (const problem of error.problems) {
        expect(problem.problem).toBe('is required');
      }
      expect(error.name).toBe('ConfigError');
      expect(error.message).toContain('DATABASE_URL: is required');
      expect(error.message).toContain('JWT_SECRET: is required');
      expect(error.message).toContain('MASTER_KEY: is required');
    });

    it('treats an empty string as unset', () => {
      const error = configErrorOf(minimalEnv({ JWT_SECRET: '' }));

      expect(error.problems).toEqual([{ variable: 'JWT_SECRET', problem: 'is required' }]);
    });

    it('lets an empty optional variable fall back to its default instead of failing', () => {
      const config = AppConfig.fromEnvironment(
        minimalEnv({ HTTP_PORT: '', CORS_ORIGINS: '', DATABASE_MIGRATION_URL: '' }),
      );

      expect(config.http.port).toBe(3000);
      expect(config.http.corsOrigins).toEqual([]);
      expect(config.database.migrationUrl).toBeUndefined();
    });
  });

  describe('a malformed environment', () => {
    it('names a non-numeric HTTP_PORT', () => {
      const error = configErrorOf(minimalEnv({ HTTP_PORT: 'abc' }));

      expect(variablesOf(error)).toEqual(['HTTP_PORT']);
      expect(error.message).toContain('HTTP_PORT');
    });

    // Regression: "abc" for a number was once reported as "is required".
    it('does not report a malformed HTTP_PORT as missing', () => {
      const error = configErrorOf(minimalEnv({ HTTP_PORT: 'abc' }));

      expect(error.problems[0]?.problem).not.toBe('is required');
    });

    it('names an out-of-range HTTP_PORT', () => {
      const error = configErrorOf(minimalEnv({ HTTP_PORT: '70000' }));

      expect(variablesOf(error)).toEqual(['HTTP_PORT']);
    });

    it('names a MASTER_KEY that does not decode to 32 bytes', () => {
      const error = configErrorOf(minimalEnv({ MASTER_KEY: Buffer.alloc(16, 1).toString('base64') }));

      expect(error.problems).toEqual([{ variable: 'MASTER_KEY', problem: 'must be 32 bytes, base64-encoded' }]);
    });

    it('names a DATABASE_URL that is not a postgres:// URL', () => {
      const error = configErrorOf(minimalEnv({ DATABASE_URL: 'mysql://root:hunter2@127.0.0.1:3306/pitlane' }));

      expect(error.problems).toEqual([{ variable: 'DATABASE_URL', problem: 'must be a postgres:// URL' }]);
    });

    it('accepts the postgresql:// spelling of DATABASE_URL', () => {
      const url = 'postgresql://pitlane@127.0.0.1:5432/pitlane';

      expect(AppConfig.fromEnvironment(minimalEnv({ DATABASE_URL: url })).database.url).toBe(url);
    });

    it('names a JWT_SECRET shorter than 32 characters', () => {
      const error = configErrorOf(minimalEnv({ JWT_SECRET: 'too-short' }));

      expect(error.problems).toEqual([{ variable: 'JWT_SECRET', problem: 'must be at least 32 characters' }]);
    });

    it('names an unknown NODE_ENV and a bad HTTP_TRUST_PROXY flag', () => {
      const error = configErrorOf(minimalEnv({ NODE_ENV: 'staging', HTTP_TRUST_PROXY: 'yes' }));

      expect(variablesOf(error).sort()).toEqual(['HTTP_TRUST_PROXY', 'NODE_ENV']);
    });

    it('names every malformed variable at once', () => {
      const error = configErrorOf({
        HTTP_PORT: 'abc',
        DATABASE_URL: 'mysql://root@127.0.0.1/pitlane',
        JWT_SECRET: 'short',
        MASTER_KEY: 'not-a-key',
        MASTER_KEY_ID: 'has spaces!',
      });

      expect(new Set(variablesOf(error))).toEqual(
        new Set(['HTTP_PORT', 'DATABASE_URL', 'JWT_SECRET', 'MASTER_KEY', 'MASTER_KEY_ID']),
      );
    });
  });

  describe('secrecy', () => {
    it('never quotes a secret value in the error message or its problems', () => {
      const secrets = {
        DATABASE_URL: 'mysql://root:db-pa55word-xyz@db.internal:3306/pitlane',
        DATABASE_MIGRATION_URL: 'ftp://owner:migr4te-pa55@db.internal/pitlane',
        JWT_SECRET: 'jwt-s3cret-but-short',
        MASTER_KEY: 'master-k3y-not-32-bytes',
      };
      const error = configErrorOf(secrets);

      expect(new Set(variablesOf(error))).toEqual(new Set(Object.keys(secrets)));
      const everything = `${error.message}\n${JSON.stringify(error.problems)}`;
      for (const value of Object.values(secrets)) {
        expect(everything).not.toContain(value);
      }
      for (const fragment of ['db-pa55word-xyz', 'migr4te-pa55', 'jwt-s3cret', 'master-k3y']) {
        expect(everything).not.toContain(fragment);
      }
    });

    it('never quotes a malformed non-secret value either', () => {
      const error = configErrorOf(minimalEnv({ HTTP_PORT: 'port-value-xyz', LOG_LEVEL: 'loud-level-xyz' }));

      expect(error.message).not.toContain('port-value-xyz');
      expect(error.message).not.toContain('loud-level-xyz');
    });
  });
});
