import { NestFactory } from '@nestjs/core';
import { createLogger } from '@pitlane/core';
import { MasterKeyRotation } from '@pitlane/identity';
import { SearchReindexer } from '@pitlane/search';
import { Writable } from 'node:stream';
import { testConfig } from '../../../test/support/test-config';
import { MaintenanceModule } from '../src/cli/maintenance.module';

describe('the maintenance commands', () => {
  it('boot with everything the identity module needs (its account mails included)', async () => {
    const logger = createLogger({
      service: 'maintenance',
      level: 'silent',
      destination: new Writable({ write: (_chunk, _encoding, done) => done() }),
    });
    const app = await NestFactory.createApplicationContext(MaintenanceModule.register(testConfig(), logger), {
      logger: false,
      // A provider that cannot be resolved fails the test instead of exiting the process.
      abortOnError: false,
    });
    try {
      expect(app.get(MasterKeyRotation)).toBeInstanceOf(MasterKeyRotation);
      expect(app.get(SearchReindexer)).toBeInstanceOf(SearchReindexer);
    } finally {
      await app.close();
    }
  });
});
