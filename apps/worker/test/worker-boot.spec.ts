import { NestFactory } from '@nestjs/core';
import { createLogger, TenantContext, TenantDatabase } from '@pitlane/core';
import { Writable } from 'node:stream';
import { DataSource } from 'typeorm';
import { testConfig } from '../../../test/support/test-config';
import { TestApi } from '../../../test/support/test-api';
import { WorkerModule } from '../src/worker.module';

describe('the worker process', () => {
  it('boots against the database as the application role and restores a tenant context for its work', async () => {
    const api = await TestApi.start();
    const workshop = await api.signupWorkshop('Worker Garage');
    await api.close();

    const config = testConfig();
    const logger = createLogger({
      service: 'worker',
      level: 'silent',
      destination: new Writable({ write: (_chunk, _encoding, done) => done() }),
    });
    const worker = await NestFactory.createApplicationContext(WorkerModule.register({ config, logger }), {
      logger: false,
    });
    try {
      const roles = await worker.get(DataSource).query<{ role: string }[]>('select current_user as role');
      expect(roles).toEqual([{ role: 'pitlane_test_app' }]);
      // What a job processor does with a job's tenantId: enter that tenant, then query.
      const names = await worker
        .get(TenantContext)
        .run(workshop.tenantId, () =>
          worker
            .get(TenantDatabase)
            .transaction((manager) => manager.query<{ slug: string }[]>('select slug from tenants')),
        );
      expect(names).toEqual([{ slug: workshop.slug }]);
    } finally {
      await worker.close();
    }
  });
});
