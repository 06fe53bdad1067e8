import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  CurrentOperator,
  OperatorLoginDto,
  OperatorLoginResponse,
  OperatorLoginResult,
  OperatorLoginService,
  OperatorOnly,
  OperatorPrincipal,
  OperatorSessionsService,
  Public,
} from '@pitlane/identity';
import { ClientIp } from '../http/client-ip.decorator';
import { ApiProblems } from '../http/problem-details.dto';
import { RateLimited } from '../http/rate-limit/rate-limited.decorator';
import { UserAgent } from '../http/user-agent.decorator';

/** Platform operators sign in and out here; operator accounts exist only through the CLI. */
@ApiTags('operator')
@Controller('ops/auth')
export class OperatorAuthController {
  constructor(
    private readonly logins: OperatorLoginService,
    private readonly sessions: OperatorSessionsService,
  ) {}

  /** Limited per client address and per e-mail address, like a workshop's sign-in. */
  @Public()
  @ApiOkResponse({ type: OperatorLoginResponse, description: 'An operator session (15 minutes idle, 8 hours at most)' })
  @ApiProblems(400, 401, 429)
  @RateLimited({ bucket: 'ops-login', account: (body) => body.email })
  @Post('login')
  @HttpCode(200)
  login(
    @Body() body: OperatorLoginDto,
    @UserAgent() userAgent?: string,
    @ClientIp() clientIp?: string,
  ): Promise<OperatorLoginResult> {
    return this.logins.login(body, { userAgent, clientIp });
  }

  @OperatorOnly()
  @ApiBearerAuth()
  @ApiNoContentResponse({ description: 'The session ended; its token stops working at once' })
  @ApiProblems(401)
  @Post('logout')
  @HttpCode(204)
  logout(@CurrentOperator() operator: OperatorPrincipal, @ClientIp() clientIp?: string): Promise<void> {
    return this.sessions.logout(operator, clientIp);
  }
}
