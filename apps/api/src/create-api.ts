import { INestApplication, RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import { AppConfig, PinoNestLogger } from '@pitlane/core';
import type { OperatorPrincipal, Principal } from '@pitlane/identity';
import { MetricsRegistry } from '@pitlane/observability';
import type { FastifyInstance } from 'fastify';
import { ClsService } from 'nestjs-cls';
import type { Logger } from 'pino';
import { ApiModule } from './api.module';
import { requestIdOf } from './http/request-id';
import { installHttpMetrics } from './http/http-metrics';
import { useProblemErrorHandler } from './http/fastify-error-handler';
import { acceptJsonBodiesOnly } from './http/json-body';
import { anonymousPathPrefixes, limitAnonymousBodies } from './http/body-limits';
import { forbidCaching } from './http/no-store';
import { RequestDrain } from './http/request-drain';
import { sendSecurityHeaders } from './http/security-headers';
import { enterRequestContext } from './http/request-context';
import { buildOpenApiDocument } from './openapi/openapi-document';
import { useContentSecurityPolicy } from './http/web-app/content-security-policy';
import { serveWebApp } from './http/web-app/serve-web-app';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the auth guard on staff routes; read by the request log line. */
    principal?: Principal;
    /** Set by the operator guard on operator routes; read by the request log line. */
    operator?: OperatorPrincipal;
  }
}

export const API_PREFIX = 'api/v1';

/** What only the test harness and a cluster's processes change. */
export interface CreateApiOptions {
  /** `false` skips the boot guard, for the harness's run through an RLS-bypassing role. */
  readonly databaseRoleCheck?: boolean;
  /**
   * One of several API processes (API_PROCESSES): its primary owns the metrics port and the
   * signals, so the process neither listens for scrapes nor installs Nest's shutdown hooks
   * (cluster/cluster-process.ts closes it on the primary's SIGTERM instead).
   */
  readonly clusterWorker?: boolean;
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
    ApiModule.register({
      config,
      logger,
      databaseRoleCheck: options.databaseRoleCheck,
      clusterWorker: options.clusterWorker,
    }),
    adapter,
    {
      logger: new PinoNestLogger(logger),
      abortOnError: false,
      // Nest's parsers would accept form posts; json-body.ts installs the only one.
      bodyParser: false,
    },
  );
  const fastify: FastifyInstance = app.getHttpAdapter().getInstance();
  // First of the hooks, so shutdown waits for running requests before anything else closes.
  app.get(RequestDrain).install(fastify);
  enterRequestContext(fastify, app.get(ClsService));
  acceptJsonBodiesOnly(fastify);
  limitAnonymousBodies(fastify, anonymousPathPrefixes(API_PREFIX), config.http.bodyLimitBytes);
  forbidCaching(fastify);
  installRequestHooks(fastify, logger);
  installHttpMetrics(fastify, app.get(MetricsRegistry));

  // The policy differs by path (the web app, the booking pages, the docs UI): one writer sets it.
  sendSecurityHeaders(fastify);
  useContentSecurityPolicy(fastify);
  app.enableCors({
    origin: config.http.corsOrigins.length > 0 ? [...config.http.corsOrigins] : false,
    exposedHeaders: ['X-Request-Id', 'Retry-After'],
    maxAge: 600,
  });
  setRoutePrefix(app);
  if (!options.clusterWorker) app.enableShutdownHooks();
  SwaggerModule.setup('api/docs', app, buildOpenApiDocument(app), { jsonDocumentUrl: 'api/docs-json' });
  await app.init();
  // After the API's routes: the web app only answers what they leave unmatched.
  await serveWebApp(fastify, config.web.distDir, logger);
  return app;
}

function installRequestHooks(fastify: FastifyInstance, logger: Logger): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    done();
  });
  // The line's fields are fixed and none is user content (a route template, never the URL;
  // ids, never names), so the redaction every other line gets would only scan them: half the
  // cost of the line. Whatever field is added here must keep to that.
  const requestLog = logger.child({}, { redact: { paths: [] } });
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
      operatorId: request.operator?.operatorId,
    };
    if (status >= 500) requestLog.error(line, 'request failed');
    else requestLog.info(line, 'request');
    done();
  });
}

/** Every route under `/api/v1` but the probes, which orchestrators call by fixed paths. */
export function setRoutePrefix(app: INestApplication): void {
  app.setGlobalPrefix(API_PREFIX, {
    exclude: [
      { path: 'health/live', method: RequestMethod.GET },
      { path: 'health/ready', method: RequestMethod.GET },
    ],
  });
}
