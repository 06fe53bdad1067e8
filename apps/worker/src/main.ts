import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { bootProcess, PinoNestLogger } from '@pitlane/core';
import { DataSource } from 'typeorm';
import { WorkerModule } from './worker.module';

bootProcess('worker', async (config, logger) => {
  const app = await NestFactory.createApplicationContext(WorkerModule.register({ config, logger }), {
    logger: new PinoNestLogger(logger),
    abortOnError: false,
  });
  app.enableShutdownHooks();
  await app.get(DataSource).query('select 1');
  logger.info('worker ready');
});
