import helmet from '@fastify/helmet';
import { RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AppConfig, PinoNestLogger } from '@pitlane/core';
import type { Principal } from '@pitlane/identity';
import { MetricsRegistry } from '@pitlane/observability';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { ApiModule } from './api.module';
import { requestIdOf } from './http/request-id';
import { installHttpMetrics } from './http/http-metrics';
import { useProblemErrorHandler } from './http/fastify-error-handler';
import { acceptJsonBodiesOnly } from './http/json-body';
import { anonymousPathPrefixes, limitAnonymousBodies } from './http/body-limits';
import { forbidCaching } from './http/no-store';
import { ProblemDetailsDto } from './http/problem-details.dto';
import { REFRESH_COOKIE } from './http/session-cookie/refresh-cookie';
import { REFRESH_COOKIE_SECURITY } from './http/session-cookie/session-delivery';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the auth guard on staff routes; read by the request log line. */
    principal?: Principal;
  }
}

export const API_PREFIX = 'api/v1';

/** What only the test harness changes; `main.ts` passes nothing. */
export interface CreateApiOptions {
  /** `false` skips the boot guard, for the harness's run through an RLS-bypassing role. */
  readonly databaseRoleCheck?: boolean;
}

/** Builds the HTTP API (not yet listening): used by `main.ts` and by the integration tests. */
export async function createApi(
  config: AppConfig,
  logger: Logger,
  options: CreateApiOptions = {},
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: config.http.bodyLimitBytes,
    trustProxy: config.http.trustProxy,
    genReqId: requestIdOf,
    requestIdHeader: false,
    return503OnClosing: true,
  });
  useProblemErrorHandler(adapter, logger);

  const app = await NestFactory.create<NestFastifyApplication>(
    ApiModule.register({ config, logger, databaseRoleCheck: options.databaseRoleCheck }),
    adapter,
    {
      logger: new PinoNestLogger(logger),
      abortOnError: false,
      // Nest's parsers would accept form posts; json-body.ts installs the only one.
      bodyParser: false,
    },
  );
  const fastify: FastifyInstance = app.getHttpAdapter().getInstance();
  acceptJsonBodiesOnly(fastify);
  limitAnonymousBodies(fastify, anonymousPathPrefixes(API_PREFIX), config.http.bodyLimitBytes);
  forbidCaching(fastify);
  installRequestHooks(fastify, logger);
  installHttpMetrics(fastify, app.get(MetricsRegistry));

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // The OpenAPI UI at /api/docs is the only HTML served, and it needs inline bootstrapping.
        scriptSrc: ["'self'", "'unsafe-inline'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        // TLS is nginx's job; in local http runs an upgrade would break the docs page.
        upgradeInsecureRequests: null,
      },
    },
  });
  app.enableCors({
    origin: config.http.corsOrigins.length > 0 ? [...config.http.corsOrigins] : false,
    exposedHeaders: ['X-Request-Id', 'Retry-After'],
    maxAge: 600,
  });
  app.setGlobalPrefix(API_PREFIX, {
    exclude: [
      { path: 'health/live', method: RequestMethod.GET },
      { path: 'health/ready', method: RequestMethod.GET },
    ],
  });
  app.enableShutdownHooks();
  setUpOpenApi(app);
  await app.init();
  return app;
}

function installRequestHooks(fastify: FastifyInstance, logger: Logger): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    done();
  });
  // One line per request, with who and where but never what (no bodies, no query strings).
  fastify.addHook('onResponse', (request, reply, done) => {
    const status = reply.statusCode;
    const line = {
      requestId: request.id,
      method: request.method,
      route: request.routeOptions.url ?? 'unmatched',
      status,
      durationMs: Math.round(reply.elapsedTime * 10) / 10,
      tenantId: request.principal?.tenantId,
      userId: request.principal?.userId,
    };
    if (status >= 500) logger.error(line, 'request failed');
    else logger.info(line, 'request');
    done();
  });
}

function setUpOpenApi(app: NestFastifyApplication): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Pitlane API')
      .setDescription('Workshop management for independent car-repair shops. Errors are RFC 9457 problem details.')
      .setVersion('1')
      .addBearerAuth()
      .addCookieAuth(
        REFRESH_COOKIE,
        { type: 'apiKey', in: 'cookie', description: 'A browser session’s refresh token (HttpOnly, set by the API)' },
        REFRESH_COOKIE_SECURITY,
      )
      .build(),
    { extraModels: [ProblemDetailsDto] },
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
}
