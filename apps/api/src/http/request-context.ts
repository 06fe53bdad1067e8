import type { DynamicModule, Provider } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { CLS_ID, ClsModule, ClsService } from 'nestjs-cls';

/**
 * The request context (nestjs-cls: tenant, person, open transaction, request id) without the
 * per-request machinery nestjs-cls brings to mount it. Its Nest middleware alone made Nest run
 * @fastify/middie on every request, and the guard and interceptor it registers even when not
 * mounted are no-ops that still cost each request a guard call and an rxjs pipeline with two
 * AsyncResource.bind (each wrapping Node's `deprecate`): together ~5 % of a lookup's CPU in the
 * issue 17 profile. So the module comes without those two providers, and a Fastify hook enters
 * the context instead (enterRequestContext).
 */
export function requestContextModule(): DynamicModule {
  const module = ClsModule.forRoot({ global: true });
  return { ...module, imports: (module.imports ?? []).map(withoutGlobalEnhancers) };
}

type Imported = NonNullable<DynamicModule['imports']>[number];

function withoutGlobalEnhancers(imported: Imported): Imported {
  if (!imported || !('module' in imported) || !imported.providers) return imported;
  const enhancer = (provider: Provider) =>
    typeof provider === 'object' && (provider.provide === APP_GUARD || provider.provide === APP_INTERCEPTOR);
  return { ...imported, providers: imported.providers.filter((provider) => !enhancer(provider)) };
}

/**
 * Runs everything after Fastify's first phase inside a fresh context carrying the request id,
 * as nestjs-cls's middleware did from the same phase (onRequest): the rest of the hooks, body
 * parsing, guards and the handler are all called from `done`.
 */
export function enterRequestContext(fastify: FastifyInstance, cls: ClsService): void {
  fastify.addHook('onRequest', (request, _reply, done) => {
    cls.run(() => {
      cls.set(CLS_ID, request.id);
      done();
    });
  });
}
