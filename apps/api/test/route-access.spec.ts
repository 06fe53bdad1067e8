import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { ACCESS_RULE, AccessRule, ALLOW_WITHOUT_MFA, AuthGuard } from '@pitlane/identity';
import { signInOperator } from '../../../test/support/operators';
import { TestApi, Workshop } from '../../../test/support/test-api';

interface Route {
  readonly name: string;
  readonly method: string;
  readonly path: string;
  readonly rule: AccessRule | undefined;
  readonly allowWithoutMfa: boolean;
}

describe('every route is guarded or explicitly public', () => {
  let api: TestApi;
  let routes: Route[];

  beforeAll(async () => {
    api = await TestApi.start();
    routes = enumerateRoutes(api);
  });

  afterAll(() => api.close());

  it('finds the routes (the enumeration is not vacuous)', () => {
    expect(routes.length).toBeGreaterThanOrEqual(10);
    expect(routes.map((r) => r.name)).toEqual(
      expect.arrayContaining(['AuthController.signup', 'StaffController.changeRole']),
    );
  });

  it('every route declares @Public(), @Auth(...) or @OperatorOnly()', () => {
    const undeclared = routes.filter((route) => route.rule === undefined).map((route) => route.name);
    expect(undeclared).toEqual([]);
  });

  it('only the intended routes are public', () => {
    const publicRoutes = routes
      .filter((route) => route.rule?.kind === 'public')
      .map((route) => route.name)
      .sort();
    expect(publicRoutes).toEqual([
      'AuthController.login',
      'AuthController.loginMfa',
      'AuthController.refresh',
      'AuthController.signup',
      'BrowserSessionController.logout',
      'BrowserSessionController.refresh',
      'EmailChangeController.confirm',
      'EmailVerificationController.verify',
      'HealthController.live',
      'HealthController.ready',
      'InvitationsController.accept',
      'OperatorAuthController.login',
      'PasswordResetController.forgot',
      'PasswordResetController.reset',
      'PublicBookingController.availability',
      'PublicBookingController.book',
      'PublicBookingController.calendarFile',
      'PublicBookingController.manage',
      'PublicBookingController.profile',
      'PublicBookingController.view',
      'PublicEstimatesController.decide',
      'PublicEstimatesController.view',
    ]);
  });

  it('only seeing oneself, enrolling in 2FA, logging out and switching workshop skip a workshop 2FA requirement', () => {
    const exempt = routes
      .filter((route) => route.allowWithoutMfa)
      .map((route) => route.name)
      .sort();
    expect(exempt).toEqual([
      'AuthController.logout',
      'MeController.me',
      'MfaController.disable',
      'MfaController.enable',
      'MfaController.setup',
      'WorkshopSwitchController.switch',
    ]);
  });

  it('only owners change the workshop profile; every member reads it and changes their own profile', () => {
    const rules = Object.fromEntries(
      routes
        .filter((route) => ['WorkshopProfileController', 'MeController'].includes(route.name.split('.')[0]!))
        .map((route) => [route.name, route.rule]),
    );
    expect(rules).toEqual({
      'WorkshopProfileController.get': { kind: 'staff', roles: [] },
      'WorkshopProfileController.update': { kind: 'staff', roles: ['owner'] },
      'MeController.me': { kind: 'staff', roles: [] },
      'MeController.update': { kind: 'staff', roles: [] },
    });
  });

  it('every staff route answers 401 without a token', async () => {
    for (const route of staffRoutes()) {
      const response = await attack(route);
      expect({ route: route.name, status: response.status }).toEqual({ route: route.name, status: 401 });
    }
  });

  describe('operator routes and workshop routes are two worlds', () => {
    let operatorToken: string;
    let staff: Workshop;

    beforeAll(async () => {
      operatorToken = (await signInOperator(api)).accessToken;
      staff = await api.signupWorkshop('Route Access Garage');
    });

    it('finds the operator routes, all under /ops, and only operator routes (and its sign-in) there', () => {
      const operatorRoutes = routes.filter((route) => route.rule?.kind === 'operator').map((route) => route.name);
      expect(operatorRoutes).toEqual(
        expect.arrayContaining([
          'OperatorAuthController.logout',
          'OperatorMeController.me',
          'OperatorAuditController.list',
        ]),
      );
      const misplaced = routes
        .filter((route) => (route.rule?.kind === 'operator') !== route.path.startsWith('ops/'))
        .map((route) => route.name);
      expect(misplaced).toEqual(['OperatorAuthController.login']);
    });

    it('both tokens are good where they belong (the refusals below are not vacuous)', async () => {
      expect((await api.request('GET', '/api/v1/ops/me', { token: operatorToken })).status).toBe(200);
      expect((await api.request('GET', '/api/v1/me', { token: staff.accessToken })).status).toBe(200);
    });

    it('every operator route answers 401 without a token', async () => {
      for (const route of operatorRoutes()) {
        const response = await attack(route);
        expect({ route: route.name, status: response.status }).toEqual({ route: route.name, status: 401 });
      }
    });

    it("every operator route refuses a workshop owner's live token", async () => {
      for (const route of operatorRoutes()) {
        const response = await attack(route, staff.accessToken);
        expect({ route: route.name, status: response.status }).toEqual({ route: route.name, status: 401 });
      }
    });

    it("every staff route refuses an operator's live token", async () => {
      for (const route of staffRoutes()) {
        const response = await attack(route, operatorToken);
        expect({ route: route.name, status: response.status }).toEqual({ route: route.name, status: 401 });
      }
      // Still signed in: the refusals were about the token's kind, not a session that ended.
      expect((await api.request('GET', '/api/v1/ops/me', { token: operatorToken })).status).toBe(200);
    });
  });

  it('the guard refuses a route that declares nothing (fails closed)', async () => {
    const guard = new AuthGuard(
      new Reflector(),
      undefined as never,
      undefined as never,
      undefined as never,
      undefined as never,
      undefined as never,
    );
    class UndeclaredController {
      handler(): void {}
    }
    const context = {
      getHandler: () => UndeclaredController.prototype.handler,
      getClass: () => UndeclaredController,
      switchToHttp: () => ({ getRequest: () => ({ headers: {} }) }),
    };
    await expect(guard.canActivate(context as never)).rejects.toThrow(/declares no access rule/);
  });

  function staffRoutes(): Route[] {
    return routes.filter((route) => route.rule?.kind === 'staff');
  }

  function operatorRoutes(): Route[] {
    return routes.filter((route) => route.rule?.kind === 'operator');
  }

  /** Calls `route` with ids that name nothing and an empty body: only the guard can answer. */
  function attack(route: Route, token?: string) {
    const url = `/api/v1/${route.path.replace(/:[A-Za-z]+/g, '00000000-0000-4000-8000-000000000000')}`;
    return api.request(route.method, url, { token, body: route.method === 'GET' ? undefined : {} });
  }
});

function enumerateRoutes(api: TestApi): Route[] {
  const discovery = api.app.get(DiscoveryService);
  const scanner = new MetadataScanner();
  const reflector = new Reflector();
  return discovery.getControllers().flatMap((wrapper) => {
    const controller = wrapper.metatype as (new (...args: never[]) => unknown) | null;
    if (!controller) return [];
    const prefix = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
    return scanner.getAllMethodNames(controller.prototype as object).flatMap((methodName) => {
      const handler = (controller.prototype as Record<string, unknown>)[methodName] as object;
      const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
      if (path === undefined) return [];
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
      const rule = reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [handler as never, controller]);
      const allowWithoutMfa =
        reflector.getAllAndOverride<boolean | undefined>(ALLOW_WITHOUT_MFA, [handler as never, controller]) === true;
      return [
        {
          name: `${controller.name}.${methodName}`,
          method,
          path: [prefix, path].filter((p) => p && p !== '/').join('/'),
          rule,
          allowWithoutMfa,
        },
      ];
    });
  });
}
