import { createLogger, UnsafeDatabaseRoleError } from '@pitlane/core';
import type { JobQueue } from '@pitlane/queue';
import type { SearchIndex } from '@pitlane/search';
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { DataSource } from 'typeorm';
import { createApi } from '../src/create-api';
import { HealthService, NotReadyError } from '../src/health/health.service';
import { TestApi, withAdminClient } from '../../../test/support/test-api';
import { testConfig, testDatabase } from '../../../test/support/test-config';

describe('the API and the database role it connects as', () => {
  it('refuses to start as a superuser', async () => {
    const logger = createLogger({
      service: 'api',
      level: 'silent',
      destination: new Writable({ write: (_chunk, _encoding, done) => done() }),
    });
    const started = createApi(testConfig({ DATABASE_URL: testDatabase.adminUrl() }), logger);
    await expect(started).rejects.toBeInstanceOf(UnsafeDatabaseRoleError);
    await expect(started).rejects.toThrow(/is a superuser/);
  });

  it('reports the role check as up in /health/ready when it connects as the application role', async () => {
    const api = await TestApi.start();
    try {
      const ready = await api.request<{ checks: Record<string, string> }>('GET', '/health/ready');
      expect(ready.body.checks.databaseRole).toBe('up');
    } finally {
      await api.close();
    }
  });

  it('reports the role check as down, and the instance not ready, when the role gains BYPASSRLS', async () => {
    const role = `pitlane_health_${randomBytes(3).toString('hex')}`;
    const database = new URL(testDatabase.adminUrl()).pathname.slice(1);
    await withAdminClient(async (client) => {
      await client.query(`create role ${role} login nobypassrls password 'pitlane-health'`);
      await client.query(`grant connect on database ${database} to ${role}`);
    });
    const url = new URL(testDatabase.adminUrl());
    url.username = role;
    url.password = 'pitlane-health';
    const dataSource = await new DataSource({ type: 'postgres', url: url.toString() }).initialize();
    const up = { ping: () => Promise.resolve() };
    const health = new HealthService(dataSource, up as unknown as JobQueue, up as unknown as SearchIndex);
    try {
      await expect(health.readiness()).resolves.toMatchObject({ checks: { databaseRole: 'up' } });
      // Granted after boot: readiness takes the instance out of the load balancer.
      await withAdminClient((client) => client.query(`alter role ${role} bypassrls`));
      const refused = await health.readiness().catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(NotReadyError);
      expect((refused as NotReadyError).extensions).toMatchObject({ checks: { database: 'up', databaseRole: 'down' } });
    } finally {
      await dataSource.destroy();
      await withAdminClient(async (client) => {
        await client.query(`revoke connect on database ${database} from ${role}`);
        await client.query(`drop role ${role}`);
      });
    }
  });
});
