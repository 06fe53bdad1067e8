import type { FastifyInstance } from 'fastify';

/**
 * `Cache-Control: no-store` on every response the API sends that does not set its own: bodies
 * carry tokens, personal data and per-user views, which no browser, proxy or CDN may keep.
 * A route that wants caching sets the header itself and keeps it: the web app's files do
 * (web-app/serve-web-app.ts: immutable hashed assets, revalidated documents), while its 404s,
 * like every problem, stay no-store.
 */
export function forbidCaching(fastify: FastifyInstance): void {
  fastify.addHook('onSend', (_request, reply, payload, done) => {
    if (!reply.hasHeader('cache-control')) void reply.header('cache-control', 'no-store');
    done(null, payload);
  });
}
