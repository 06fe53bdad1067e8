import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { RATE_LIMITED, RateLimitRule } from './rate-limited.decorator';
import { RateLimiter } from './rate-limiter.service';

/** Applies `@RateLimited` before anything else runs, authentication included. */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly limiter: RateLimiter,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.get<RateLimitRule | undefined>(RATE_LIMITED, context.getHandler());
    if (!rule) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const body = (request.body && typeof request.body === 'object' ? request.body : {}) as Record<string, unknown>;
    const account = rule.account?.(body);
    await this.limiter.consume(
      rule.bucket,
      request.ip,
      typeof account === 'string' && account.length > 0 ? account.trim().toLowerCase() : undefined,
    );
    return true;
  }
}
