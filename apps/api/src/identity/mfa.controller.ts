import { Body, Controller, HttpCode, Ip, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  AllowWithoutMfa,
  Auth,
  CurrentPrincipal,
  MfaCodeDto,
  MfaEnabled,
  MfaEnabledResponse,
  MfaEnrolmentService,
  MfaSetup,
  MfaSetupResponse,
  Principal,
} from '@pitlane/identity';
import { ApiProblems } from '../http/problem-details.dto';
import { RateLimiter } from '../http/rate-limit/rate-limiter.service';

/** Two-step verification of the signed-in person: reachable even while their workshop requires it. */
@ApiTags('identity')
@ApiBearerAuth()
@ApiProblems(401, 403)
@Auth()
@AllowWithoutMfa()
@Controller('me/mfa')
export class MfaController {
  constructor(
    private readonly enrolment: MfaEnrolmentService,
    private readonly limiter: RateLimiter,
  ) {}

  @ApiOkResponse({ type: MfaSetupResponse, description: 'A new secret; any earlier unconfirmed one is replaced' })
  @ApiProblems(409)
  @Post('setup')
  @HttpCode(200)
  setup(@CurrentPrincipal() principal: Principal): Promise<MfaSetup> {
    return this.enrolment.setup(principal);
  }

  @ApiOkResponse({ type: MfaEnabledResponse, description: 'On; the recovery codes are shown this once' })
  @ApiProblems(400, 409)
  @Post('enable')
  @HttpCode(200)
  enable(@CurrentPrincipal() principal: Principal, @Body() body: MfaCodeDto): Promise<MfaEnabled> {
    return this.enrolment.enable(principal, body.code);
  }

  /**
   * A code re-proves the person, so guessing it is limited like a login: per person and per
   * client address, every attempt counted before the code is looked at (a stolen session must
   * not be able to try codes until one fits).
   */
  @ApiNoContentResponse({ description: 'Off; the secret and the recovery codes are gone' })
  @ApiProblems(400, 409, 429)
  @Post('disable')
  @HttpCode(204)
  async disable(@CurrentPrincipal() principal: Principal, @Body() body: MfaCodeDto, @Ip() ip: string): Promise<void> {
    await this.limiter.consume('mfa-disable', ip, principal.userId);
    return this.enrolment.disable(principal, body.code);
  }
}
