import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import {
  ForgotPasswordDto,
  PasswordResetRequestService,
  PasswordResetService,
  Public,
  ResetPasswordDto,
} from '@pitlane/identity';
import { ApiProblems } from '../http/problem-details.dto';
import { RateLimited } from '../http/rate-limit/rate-limited.decorator';

@ApiTags('identity')
@Controller('auth/password')
export class PasswordResetController {
  constructor(
    private readonly requests: PasswordResetRequestService,
    private readonly resets: PasswordResetService,
  ) {}

  @Public()
  @ApiAcceptedResponse({
    description: 'Always, known address or not: if accounts use it, each gets a 6-digit code valid 10 minutes',
  })
  @ApiProblems(400, 429)
  @RateLimited({ bucket: 'password-forgot', account: (body) => body.email })
  @Post('forgot')
  @HttpCode(202)
  forgot(@Body() body: ForgotPasswordDto): void {
    this.requests.request(body.email);
  }

  @Public()
  @ApiNoContentResponse({ description: 'The password is changed; every session in every workshop has ended' })
  @ApiProblems(400, 429)
  @RateLimited({ bucket: 'password-reset', account: (body) => body.email })
  @Post('reset')
  @HttpCode(204)
  reset(@Body() body: ResetPasswordDto): Promise<void> {
    return this.resets.reset(body);
  }
}
