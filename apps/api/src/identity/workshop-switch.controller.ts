import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiOkResponse, ApiTags, getSchemaPath } from '@nestjs/swagger';
import {
  AllowWithoutMfa,
  Auth,
  CurrentPrincipal,
  LoginOutcome,
  LoginResponse,
  MfaChallengeResponse,
  Principal,
  SwitchWorkshopDto,
  WorkshopSwitchService,
} from '@pitlane/identity';
import { ApiProblems } from '../http/problem-details.dto';
import { SET_REFRESH_COOKIE_HEADER } from '../http/session-cookie/refresh-cookie';
import { IssuesRefreshToken } from '../http/session-cookie/session-delivery';
import { UserAgent } from '../http/user-agent.decorator';

@ApiTags('identity')
@ApiExtraModels(LoginResponse, MfaChallengeResponse)
@Controller('auth')
export class WorkshopSwitchController {
  constructor(private readonly switches: WorkshopSwitchService) {}

  /**
   * Reachable before enrolling in a 2FA this workshop requires: the person could log out and
   * log in to the other workshop with their password just the same.
   */
  @Auth()
  @AllowWithoutMfa()
  @ApiBearerAuth()
  @IssuesRefreshToken()
  @ApiOkResponse({
    description:
      'A session in the other workshop (the current one ends); or `{ mfaRequired, mfaToken }` for ' +
      '/auth/login/mfa when this session began before two-step verification was turned on',
    schema: { oneOf: [{ $ref: getSchemaPath(LoginResponse) }, { $ref: getSchemaPath(MfaChallengeResponse) }] },
    headers: SET_REFRESH_COOKIE_HEADER,
  })
  @ApiProblems(400, 401, 403, 404)
  @Post('switch')
  @HttpCode(200)
  switch(
    @CurrentPrincipal() principal: Principal,
    @Body() body: SwitchWorkshopDto,
    @UserAgent() userAgent?: string,
  ): Promise<LoginOutcome> {
    return this.switches.switchTo(principal, body, userAgent);
  }
}
