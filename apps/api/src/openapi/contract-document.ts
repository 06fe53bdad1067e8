import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import type { OpenAPIObject } from '@nestjs/swagger';
import { AppConfig, createLogger } from '@pitlane/core';
import { ApiModule } from '../api.module';
import { setRoutePrefix } from '../create-api';
import { buildOpenApiDocument } from './openapi-document';

/**
 * Placeholder settings: preview mode instantiates no provider, so nothing connects anywhere,
 * but the module graph still validates its configuration.
 */
const PREVIEW_ENVIRONMENT = {
  NODE_ENV: 'test',
  LOG_LEVEL: 'silent',
  DATABASE_URL: 'postgres://openapi-preview@127.0.0.1:1/none',
  JWT_SECRET: 'openapi-preview-never-signs-anything-0000',
  MASTER_KEY: Buffer.alloc(32).toString('base64'),
};

/**
 * The OpenAPI document without a database, Redis or a listening socket: Nest's preview mode
 * resolves modules and routes but creates no provider. The generator of the web app's types and
 * the contract test read the document this way.
 */
export async function contractDocument(): Promise<OpenAPIObject> {
  const config = AppConfig.fromEnvironment(PREVIEW_ENVIRONMENT);
  const logger = createLogger({ service: 'openapi', level: 'silent' });
  const app = await NestFactory.create<NestFastifyApplication>(
    ApiModule.register({ config, logger }),
    new FastifyAdapter(),
    { preview: true, logger: false, abortOnError: false },
  );
  try {
    setRoutePrefix(app);
    return buildOpenApiDocument(app);
  } finally {
    await app.close();
  }
}
