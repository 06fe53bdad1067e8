import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { bootProcess, PinoNestLogger } from '@pitlane/core';
import { SearchIndex, SearchReindexer } from '@pitlane/search';
import { parseArgs } from 'node:util';
import { MaintenanceModule } from './maintenance.module';

/**
 * `scripts/reindex [--verify] [--batch-size N]`: rebuilds the search index from Postgres while
 * the platform keeps writing (Elasticsearch: a new versioned index, written by the relay too
 * while it fills, then the alias swapped in one request; Postgres: the projection upserted
 * under version checks and stale rows dropped). `--verify` rebuilds nothing: it compares every
 * document with Postgres and exits 1 when any has drifted.
 */
bootProcess('reindex', async (config, logger) => {
  const { values } = parseArgs({
    options: { verify: { type: 'boolean', default: false }, 'batch-size': { type: 'string', default: '500' } },
  });
  const batchSize = Number(values['batch-size']);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000) {
    throw new Error('--batch-size must be a whole number from 1 to 10000');
  }
  const app = await NestFactory.createApplicationContext(MaintenanceModule.register(config, logger), {
    logger: new PinoNestLogger(logger),
  });
  try {
    const adapter = app.get(SearchIndex).kind;
    const reindexer = app.get(SearchReindexer);
    if (values.verify) {
      const report = await reindexer.verify(batchSize, (tenantId, drifted) => {
        if (drifted > 0) logger.warn({ tenantId, drifted }, 'workshop has drifted search documents');
      });
      logger.info({ adapter, ...report }, 'search index verified');
      process.stdout.write(
        `${adapter}: ${report.documents} documents in ${report.tenants} workshops; ` +
          `${report.drifted} drifted, ${report.orphans} orphaned\n`,
      );
      if (report.drifted + report.orphans > 0) process.exitCode = 1;
      return;
    }
    const report = await reindexer.rebuild(batchSize);
    logger.info({ adapter, ...report }, 'search index rebuilt');
    process.stdout.write(`${adapter}: rebuilt ${report.documents} documents into ${report.target}\n`);
  } finally {
    await app.close();
  }
});
