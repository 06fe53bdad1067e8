import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

/**
 * The caller's address as Fastify resolves it: the socket's peer, or with HTTP_TRUST_PROXY the
 * client nginx names in X-Forwarded-For. Kept as evidence where a customer signs something.
 */
export const ClientIp = createParamDecorator(
  (_: unknown, context: ExecutionContext): string | undefined =>
    context.switchToHttp().getRequest<FastifyRequest>().ip || undefined,
);
