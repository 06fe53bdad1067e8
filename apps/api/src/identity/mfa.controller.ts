import { Body, Controller, HttpCode, Post } from '@nestjs/common';
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

/** Two-step verification of the signed-in person: reachable even while their workshop requires it. */
@ApiTags('identity')
@ApiBearerAuth()
@ApiProblems(401, 403)
@Auth()
@AllowWithoutMfa()
@Controller('me/mfa')
export class MfaController {
  constructor(private readonly enrolment: MfaEnrolmentService) {}

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

  @ApiNoContentResponse({ description: 'Off; the secret and the recovery codes are gone' })
  @ApiProblems(400, 409)
  @Post('disable')
  @HttpCode(204)
  disable(@CurrentPrincipal() principal: Principal, @Body() body: MfaCodeDto): Promise<void> {
    return this.enrolment.disable(principal, body.code);
  }
}
