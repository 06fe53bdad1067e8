import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ACCESS_RULE } from '../auth/access.decorators';
import { OperatorPrincipal } from './operator-principal';
import { RequestWithOperator } from './operator.guard';

/**
 * Only a signed-in platform operator may call this route (OperatorGuard decides); a staff token
 * of any role is refused. The rule is the access rule every route declares, so a route cannot be
 * both an operator's and a workshop's.
 */
export const OperatorOnly = (): MethodDecorator & ClassDecorator => SetMetadata(ACCESS_RULE, { kind: 'operator' });

/** The caller of an `@OperatorOnly()` route. */
export const CurrentOperator = createParamDecorator((_: unknown, context: ExecutionContext): OperatorPrincipal => {
  const operator = context.switchToHttp().getRequest<RequestWithOperator>().operator;
  if (!operator) throw new Error('CurrentOperator used on a route without @OperatorOnly()');
  return operator;
});
