import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import { Auth, CurrentPrincipal, EmailVerificationService, Principal, Public, VerifyEmailDto } from '@pitlane/identity';
import { ApiProblems } from '../http/problem-details.dto';
import { RateLimited } from '../http/rate-limit/rate-limited.decorator';

@ApiTags('identity')
@Controller()
export class EmailVerificationController {
  constructor(private readonly verification: EmailVerificationService) {}

  @Public()
  @ApiNoContentResponse({ description: 'The address the link was sent to is verified' })
  @ApiProblems(400, 409)
  @RateLimited({ bucket: 'email-verify' })
  @Post('auth/email/verify')
  @HttpCode(204)
  verify(@Body() body: VerifyEmailDto): Promise<void> {
    return this.verification.verify(body.token);
  }

  @Auth()
  @ApiBearerAuth()
  @ApiAcceptedResponse({ description: 'A new link is on its way; older links stop working' })
  @ApiProblems(401, 403, 409)
  @Post('me/email/verification')
  @HttpCode(202)
  resend(@CurrentPrincipal() principal: Principal): Promise<void> {
    return this.verification.resend(principal);
  }
}
