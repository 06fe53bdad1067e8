import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { Role } from '../memberships/role';
import { Principal } from './principal';

export const ACCESS_RULE = 'pitlane:access';

/**
 * How a route may be reached. Every route declares one; the guard refuses the rest. `operator`
 * routes belong to platform operators (`@OperatorOnly()`, libs/identity/src/operators), whom no
 * staff token can stand in for, and the other way round.
 */
export type AccessRule =
  | { readonly kind: 'public' }
  | { readonly kind: 'staff'; readonly roles: readonly Role[] }
  | { readonly kind: 'operator' };

/** Anyone may call this route, without a token. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(ACCESS_RULE, { kind: 'public' });

/**
 * Staff of the token's workshop may call this route; with roles given, only those roles.
 * `@Auth()` alone means any staff role.
 */
export const Auth = (...roles: Role[]): MethodDecorator & ClassDecorator =>
  SetMetadata(ACCESS_RULE, { kind: 'staff', roles });

export const ALLOW_WITHOUT_MFA = 'pitlane:allow-without-mfa';

/**
 * A staff route someone may reach before enrolling in two-step verification when their workshop
 * requires it: what they need to see who they are, enrol, or leave. Every other staff route
 * answers 403 `mfa_required` until they have.
 */
export const AllowWithoutMfa = (): MethodDecorator & ClassDecorator => SetMetadata(ALLOW_WITHOUT_MFA, true);

export interface RequestWithPrincipal {
  readonly headers: Record<string, string | string[] | undefined>;
  principal?: Principal;
}

/** The caller of an `@Auth()` route. */
export const CurrentPrincipal = createParamDecorator((_: unknown, context: ExecutionContext): Principal => {
  const principal = context.switchToHttp().getRequest<RequestWithPrincipal>().principal;
  if (!principal) throw new Error('CurrentPrincipal used on a route without @Auth()');
  return principal;
});
