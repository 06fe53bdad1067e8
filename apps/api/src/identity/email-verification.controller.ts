import { Body, Controller, HttpCode, Ip, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import { Auth, CurrentPrincipal, EmailVerificationService, Principal, Public, VerifyEmailDto } from '@pitlane/identity';
import { ApiProblems } from '../http/problem-details.dto';
import { RateLimited } from '../http/rate-limit/rate-limited.decorator';
import { RateLimiter } from '../http/rate-limit/rate-limiter.service';

@ApiTags('identity')
@Controller()
export class EmailVerificationController {
  constructor(
    private readonly verification: EmailVerificationService,
    private readonly limiter: RateLimiter,
  ) {}

  @Public()
  @ApiNoContentResponse({ description: 'The address the link was sent to is verified' })
  @ApiProblems(400, 409)
  @RateLimited({ bucket: 'email-verify' })
  @Post('auth/email/verify')
  @HttpCode(204)
  verify(@Body() body: VerifyEmailDto): Promise<void> {
    return this.verification.verify(body.token);
  }

  /**
   * Each call mails the account's address, which an unverified account may share with someone
   * else's (docs/account-mails.md): limited per person and per client address, so no account can
   * be used to flood a mailbox.
   */
  @Auth()
  @ApiBearerAuth()
  @ApiAcceptedResponse({ description: 'A new link is on its way; older links stop working' })
  @ApiProblems(401, 403, 409, 429)
  @Post('me/email/verification')
  @HttpCode(202)
  async resend(@CurrentPrincipal() principal: Principal, @Ip() ip: string): Promise<void> {
    await this.limiter.consume('email-verification-resend', ip, principal.userId);
    return this.verification.resend(principal);
  }
}
