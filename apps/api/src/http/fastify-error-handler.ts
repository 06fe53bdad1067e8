import type { FastifyAdapter } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { sendProblem } from './send-problem';

/**
 * Fastify raises some errors before Nest sees the request: a body over the limit, malformed
 * JSON, an unsupported media type. Nest installs an error handler that re-throws them with
 * Fastify's raw message; this puts ours in its place, so they leave as problem+json with a
 * fixed, documented detail like every other error.
 *
 * The adapter's method is replaced on the instance rather than in a subclass because
 * nestjs-cls recognises Fastify by the adapter's class name.
 */
export function useProblemErrorHandler(adapter: FastifyAdapter, logger: Logger): void {
  adapter.setErrorHandler = () => {
    const fastify: FastifyInstance = adapter.getInstance();
    return fastify.setErrorHandler((error, request, reply) => sendProblem(logger, error, request, reply));
  };
}
