import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '@pitlane/core';
import { CLS_ID, ClsService } from 'nestjs-cls';
import { SessionsService } from '../sessions/sessions.service';
import { UserRepository } from '../users/user.repository';
import { SwitchWorkshopDto } from './dto/switch-workshop.dto';
import { LoginOutcome, LoginService } from './login.service';
import { Principal } from './principal';

/**
 * A signed-in person moves to another of their workshops without giving their password again:
 * the session they come from proves it. Everything else is as at login, through the same path:
 * a workshop they are not a member of is a 404, a suspended one a 403, the target's 2FA
 * requirement applies to the new session, and their second factor is asked for when the session
 * they come from never took it (it was opened before they turned 2FA on). A switch moves the
 * session rather than forking it: once the new one is open, the old one ends, so a browser,
 * which holds one refresh cookie, leaves no orphaned session behind.
 */
@Injectable()
export class WorkshopSwitchService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly cls: ClsService,
    private readonly users: UserRepository,
    private readonly sessions: SessionsService,
    private readonly login: LoginService,
  ) {}

  async switchTo(principal: Principal, input: SwitchWorkshopDto, userAgent: string | undefined): Promise<LoginOutcome> {
    const workshop = await this.login.memberWorkshop(principal.userId, input.workshopId);
    const user = await this.db.transaction(() => this.users.get(principal.userId));
    const secondFactorProved = await this.sessions.coversSecondFactor(principal.sessionId);
    const outcome = await this.outsideThisWorkshop(() =>
      this.login.enter(user, workshop, userAgent, secondFactorProved),
    );
    if ('accessToken' in outcome) await this.sessions.revoke(principal.sessionId, 'logout');
    return outcome;
  }

  /**
   * The request is bound to the workshop its access token names, and a bound context refuses to
   * step into another tenant's (TenantContext.run). Entering the target workshop is this path's
   * whole point, so it runs in a fresh context bound to nothing (keeping only the request id for
   * the logs), exactly as a login does from an anonymous request.
   */
  private outsideThisWorkshop<T>(work: () => Promise<T>): Promise<T> {
    const requestId = this.cls.getId();
    return this.cls.run({ ifNested: 'override' }, () => {
      this.cls.set(CLS_ID, requestId);
      return work();
    });
  }
}
