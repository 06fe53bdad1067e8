import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

/** The caller's User-Agent, kept with a session so people can recognise their logins. */
export const UserAgent = createParamDecorator((_: unknown, context: ExecutionContext): string | undefined => {
  const header = context.switchToHttp().getRequest<FastifyRequest>().headers['user-agent'];
  return typeof header === 'string' ? header : undefined;
});
