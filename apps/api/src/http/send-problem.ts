import { PROBLEM_CONTENT_TYPE } from '@pitlane/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { toProblem } from './problem-mapper';

/**
 * Writes `error` as problem details. Shared by the Nest filter and Fastify's own error and
 * not-found handlers, so early errors (bad JSON, body too large) look like every other.
 */
export function sendProblem(logger: Logger, error: unknown, request: FastifyRequest, reply: FastifyReply): void {
  const errorId = randomUUID();
  const { problem, unexpected, headers } = toProblem(error, request.url.split('?')[0] ?? '/', errorId);
  if (unexpected) {
    logger.error({ err: error, errorId, requestId: request.id, route: request.routeOptions?.url }, 'unexpected error');
  }
  if (reply.sent) return;
  void reply
    .status(problem.status)
    .headers(headers ?? {})
    .header('content-type', PROBLEM_CONTENT_TYPE)
    .send(problem);
}
