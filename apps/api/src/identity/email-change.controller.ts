import { Body, Controller, HttpCode, Ip, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import {
  Auth,
  ChangeEmailDto,
  ConfirmEmailChangeDto,
  CurrentPrincipal,
  EmailChangeConfirmationService,
  EmailChangeRequestService,
  Principal,
  Public,
} from '@pitlane/identity';
import { ApiProblems } from '../http/problem-details.dto';
import { RateLimited } from '../http/rate-limit/rate-limited.decorator';
import { RateLimiter } from '../http/rate-limit/rate-limiter.service';

@ApiTags('identity')
@Controller()
export class EmailChangeController {
  constructor(
    private readonly requests: EmailChangeRequestService,
    private readonly confirmations: EmailChangeConfirmationService,
    private readonly limiter: RateLimiter,
  ) {}

  /**
   * The current password re-proves the person, so guessing it is limited like a login: per
   * person and per client address, every attempt counted before the password is checked.
   */
  @Auth()
  @ApiBearerAuth()
  @ApiAcceptedResponse({ description: 'A confirmation link is on its way to the new address' })
  @ApiProblems(400, 401, 403, 409, 429)
  @Post('me/email')
  @HttpCode(202)
  async request(
    @CurrentPrincipal() principal: Principal,
    @Body() body: ChangeEmailDto,
    @Ip() ip: string,
  ): Promise<void> {
    await this.limiter.consume('email-change', ip, principal.userId);
    return this.requests.request(principal, body);
  }

  @Public()
  @ApiNoContentResponse({ description: 'The account now signs in with the new, verified address' })
  @ApiProblems(400, 409)
  @RateLimited({ bucket: 'email-change-confirm' })
  @Post('auth/email/change/confirm')
  @HttpCode(204)
  confirm(@Body() body: ConfirmEmailChangeDto): Promise<void> {
    return this.confirmations.confirm(body.token);
  }
}
